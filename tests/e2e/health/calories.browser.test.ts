import { addDays } from "@/domain/calendar";
import { PHONE, saveScreenshot } from "../../helpers/browser";
import {
  openSignedIn,
  seedCalories,
  setSetting,
  startHealthApp,
  VARIANTS,
  waitForCharts,
  type HealthApp,
} from "./health-app";

let health: HealthApp;

beforeAll(async () => {
  health = await startHealthApp();
  await setSetting(health, "calorieGoal", 2000);
  await seedCalories(health);
}, 120_000);
afterAll(() => health?.close());

async function todayTotal(): Promise<number | null> {
  const rows = await health.sql(`SELECT calories FROM calorie_entries WHERE date = $1::date`, [
    health.today,
  ]);
  return rows[0] ? Number(rows[0].calories) : null;
}

describe("calories in Chromium", () => {
  it("quick-adds on Today: eaten, goal and remaining follow every tap", async () => {
    const { context, page } = await openSignedIn(health, PHONE);
    const card = page.getByRole("region", { name: "Calories" });
    await card.getByRole("button", { name: "+250" }).click();
    await card.getByText("Total 250 kcal.").waitFor();
    await card.getByRole("button", { name: "+500" }).click();
    await card.getByText("Total 750 kcal.").waitFor();
    await card.getByLabel("Calories to add").fill("120");
    await card.getByRole("button", { name: "Add", exact: true }).click();
    await card.getByText("Total 870 kcal.").waitFor();
    await card.getByText("1,130 kcal").waitFor();
    expect(await todayTotal()).toBe(870);
    await saveScreenshot(page, "today-calories-phone-light");

    // The last add can be undone, once; the total goes back to what it was before it.
    await card.getByRole("button", { name: "Undo" }).click();
    await card.getByText("Undone: total 750 kcal.").waitFor();
    expect(await todayTotal()).toBe(750);
    await expect(card.getByRole("button", { name: "Undo" }).count()).resolves.toBe(0);
    await card.getByRole("button", { name: "+100" }).click();
    await card.getByText("Total 850 kcal.").waitFor();
    await context.close();
  });

  it("refuses an add past 20000 kcal with a message and keeps the total", async () => {
    await health.sql(`UPDATE calorie_entries SET calories = 19950 WHERE date = $1::date`, [
      health.today,
    ]);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/calories`);
    const day = page.getByRole("region", { name: "Today" });
    await day.getByRole("button", { name: "+100" }).click();
    await day.getByText(/a day can hold at most 20,000 kcal\. Nothing was added\./).waitFor();
    expect(await todayTotal()).toBe(19_950);
    await context.close();
  });

  it("edits and clears a past day from the day list", async () => {
    const { context, page } = await openSignedIn(health);
    const past = addDays(health.today, -4);
    await page.goto(`${health.app.baseUrl}/calories?days=7`);
    await page.locator(`a[href*="day=${past}"]`).click();
    await page.waitForURL(new RegExp(`day=${past}`));
    const total = page.getByLabel("Total for the day (kcal)");
    await total.fill("1234");
    await page.getByRole("button", { name: "Save total" }).click();
    await page.getByText("Saved 1,234 kcal.").waitFor();
    const rows = await health.sql(`SELECT calories FROM calorie_entries WHERE date = $1::date`, [
      past,
    ]);
    expect(rows).toEqual([{ calories: 1234 }]);
    await page.getByRole("button", { name: "Clear this day" }).click();
    await page.getByText("Cleared 1,234 kcal.").waitFor();
    expect(await health.sql(`SELECT 1 FROM calorie_entries WHERE date = $1::date`, [past])).toEqual(
      [],
    );
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Undone: total 1,234 kcal.").waitFor();
    expect(
      await health.sql(`SELECT calories FROM calorie_entries WHERE date = $1::date`, [past]),
    ).toEqual([{ calories: 1234 }]);
    await page.getByRole("button", { name: "Clear this day" }).click();
    await page.getByText("Cleared 1,234 kcal.").waitFor();
    await context.close();
  });

  it("shows 7 / 30 / 90 days against the goal with a chart and its text alternative", async () => {
    await health.sql(`UPDATE calorie_entries SET calories = 1650 WHERE date = $1::date`, [
      health.today,
    ]);
    for (const variant of VARIANTS) {
      const { context, page } = await openSignedIn(health, variant.options);
      await page.goto(`${health.app.baseUrl}/calories?days=30`);
      await waitForCharts(page, 1);
      await expect(page.locator("figcaption").textContent()).resolves.toMatch(
        /of the last 30 days logged, averaging [\d,]+ kcal\. Goal 2,000 kcal/,
      );
      await expect(page.locator("figure .sr-only tbody tr").count()).resolves.toBe(30);
      await saveScreenshot(page, `calories-${variant.name}`);
      await context.close();
    }
  });
});
