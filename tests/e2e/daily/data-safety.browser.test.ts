import { addDays } from "@/domain/calendar";
import { formatDay } from "@/domain/calendar/date-format";
import { PHONE } from "../../helpers/browser";
import { openSignedIn, startHealthApp, type HealthApp } from "../health/health-app";

let health: HealthApp;

beforeAll(async () => {
  health = await startHealthApp();
}, 120_000);
afterAll(() => health?.close());

async function storedOn(day: string) {
  const rows = await health.sql(
    `SELECT weight::text AS weight FROM weight_entries WHERE date = $1::date`,
    [day],
  );
  return rows[0]?.weight;
}

describe("the weigh-in form's day", () => {
  it("loads the chosen day's weigh-in and says when a save replaces one", async () => {
    const past = addDays(health.today, -5);
    const empty = addDays(health.today, -6);
    await health.sql(`INSERT INTO weight_entries (date, weight) VALUES ($1, 80.5), ($2, 82.0)`, [
      health.today,
      past,
    ]);
    const { context, page } = await openSignedIn(health, PHONE);
    await page.goto(`${health.app.baseUrl}/weight`);
    const weight = page.locator('input[name="weight"]');
    await expect(weight.inputValue()).resolves.toBe("80.5");

    await page.getByLabel("Day").fill(past);
    await page.waitForFunction(
      () => (document.querySelector('input[name="weight"]') as HTMLInputElement).value === "82.0",
    );
    await weight.fill("81.2");
    await page.getByRole("button", { name: "Save weigh-in" }).click();
    const locale = await page.evaluate(() => navigator.language);
    await page.getByText(`Saved 81.2 kg for ${formatDay(past, locale)}, replacing 82.0.`).waitFor();
    expect(await storedOn(past)).toBe("81.2000");
    expect(await storedOn(health.today)).toBe("80.5000");

    // A day with nothing stored shows an empty field and no Delete.
    await page.getByLabel("Day").fill(empty);
    await page.waitForFunction(
      () => (document.querySelector('input[name="weight"]') as HTMLInputElement).value === "",
    );
    await expect(page.getByRole("button", { name: "Delete" }).count()).resolves.toBe(0);
    await context.close();
  });

  it("refuses to save over a value another tab stored since the form loaded", async () => {
    const day = addDays(health.today, -8);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/weight?day=${day}`);
    await expect(page.locator('input[name="weight"]').inputValue()).resolves.toBe("");
    await health.sql(`INSERT INTO weight_entries (date, weight) VALUES ($1, 77.7)`, [day]);
    await page.locator('input[name="weight"]').fill("79.9");
    await page.keyboard.press("Enter");
    await page
      .getByText(
        `That day holds 77.7 kg now, not what this form showed. Save again to store 79.9 kg.`,
      )
      .waitFor();
    expect(await storedOn(day)).toBe("77.7000");
    await page.getByRole("button", { name: "Save weigh-in" }).click();
    const locale = await page.evaluate(() => navigator.language);
    await page.getByText(`Saved 79.9 kg for ${formatDay(day, locale)}, replacing 77.7.`).waitFor();
    expect(await storedOn(day)).toBe("79.9000");
    await context.close();
  });
});

describe("the calorie total form", () => {
  it("refuses to save over a total another tab changed, then saves when asked again", async () => {
    const day = addDays(health.today, -9);
    await health.sql(`INSERT INTO calorie_entries (date, calories) VALUES ($1, 1000)`, [day]);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/calories?day=${day}`);
    const total = page.getByLabel("Total for the day (kcal)");
    await expect(total.inputValue()).resolves.toBe("1000");
    await health.sql(`UPDATE calorie_entries SET calories = 1400 WHERE date = $1::date`, [day]);
    await total.fill("1500");
    await page.getByRole("button", { name: "Save total" }).click();
    await page
      .getByText(
        "That day holds 1,400 kcal now, not what this form showed. Save again to set it to 1,500 kcal.",
      )
      .waitFor();
    const stored = () =>
      health.sql(`SELECT calories FROM calorie_entries WHERE date = $1::date`, [day]);
    expect(await stored()).toEqual([{ calories: 1400 }]);
    await page.getByRole("button", { name: "Save total" }).click();
    await page.getByText("Saved 1,500 kcal.").waitFor();
    expect(await stored()).toEqual([{ calories: 1500 }]);
    await context.close();
  });
});

describe("a diary text over the limit", () => {
  it("says so before saving, keeps all of it on the device and does not retry", async () => {
    const day = addDays(health.today, -2);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/diary/${day}`);
    const pasted = "Long day. ".repeat(20_000);
    await page.getByLabel("Diary entry").fill(pasted);
    await page
      .getByText(
        "Not saved: This entry has 200,000 characters; an entry holds at most 100,000. Shorten it to save it. Kept on this device.",
      )
      .waitFor();
    await expect(page.getByLabel("Diary entry").inputValue()).resolves.toHaveLength(200_000);
    const draft = await page.evaluate(
      (key) => localStorage.getItem(key)?.length,
      `tracker.diary-draft.${day}`,
    );
    expect(draft).toBe(200_000);
    await page.getByLabel("Diary entry").press("End");
    await page.getByLabel("Diary entry").press("Tab");
    await page.getByText("Not saved", { exact: false }).waitFor();
    expect(await health.sql(`SELECT 1 FROM diary_entries WHERE date = $1::date`, [day])).toEqual(
      [],
    );

    await page.getByLabel("Diary entry").fill(pasted.slice(0, 100_000));
    await page.getByText("Saved", { exact: true }).waitFor();
    const rows = await health.sql(
      `SELECT length(content) AS length FROM diary_entries WHERE date = $1::date`,
      [day],
    );
    expect(rows).toEqual([{ length: 100_000 }]);
    await context.close();
  });
});
