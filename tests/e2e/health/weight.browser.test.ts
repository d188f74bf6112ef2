import { addDays } from "@/domain/calendar";
import { kgToDisplay } from "@/domain/weight";
import { MAX_TABLE_ROWS } from "@/components/charts/chart-spec";
import { saveScreenshot } from "../../helpers/browser";
import {
  openSignedIn,
  seedWeights,
  setSetting,
  startHealthApp,
  VARIANTS,
  waitForCharts,
  type HealthApp,
} from "./health-app";

let health: HealthApp;

beforeAll(async () => {
  health = await startHealthApp();
  await seedWeights(health);
}, 120_000);
afterAll(() => health?.close());

describe("weight in Chromium", () => {
  it("saves and edits today's weigh-in in kg", async () => {
    await health.sql(`DELETE FROM weight_entries WHERE date = $1::date`, [health.today]);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/weight`);
    await page.locator('input[name="weight"]').fill("84,3");
    await page.getByRole("button", { name: "Save weigh-in" }).click();
    await page.getByText("Saved 84.3 kg.").waitFor();
    const rows = await health.sql(
      `SELECT weight::text AS weight FROM weight_entries WHERE date = $1::date`,
      [health.today],
    );
    expect(rows).toEqual([{ weight: "84.3000" }]);
    await page.locator('input[name="weight"]').fill("84.33");
    await page.getByRole("button", { name: "Save weigh-in" }).click();
    await page.getByText("Use at most one decimal.").waitFor();
    await expect(page.locator('input[name="weight"]').inputValue()).resolves.toBe("84.33");
    await context.close();
  });

  it("switches to pounds in Settings and shows pounds everywhere, goal included", async () => {
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/settings`);
    const section = page.getByRole("region", { name: "Calories and weight" });
    await section.getByLabel(/Goal weight/).fill("80");
    await section.getByRole("button", { name: "Save" }).click();
    await section.getByText("Saved: 2,000 kcal a day, weights in kg, goal 80.0 kg.").waitFor();
    await section.getByLabel("Weight unit").selectOption("lb");
    await expect(section.getByLabel(/Goal weight \(lb/).inputValue()).resolves.toBe("176.4");
    await section.getByRole("button", { name: "Save" }).click();
    await section.getByText("Saved: 2,000 kcal a day, weights in lb, goal 176.4 lb.").waitFor();
    const goal = await health.sql(`SELECT value FROM settings WHERE key = 'goalWeightKg'`);
    expect(goal).toEqual([{ value: "80" }]);

    await page.goto(`${health.app.baseUrl}/weight?range=30d&day=${health.today}`);
    const shownLb = kgToDisplay(84.3, "lb").toFixed(1);
    await expect(page.locator('input[name="weight"]').inputValue()).resolves.toBe(shownLb);
    await page.getByRole("region", { name: "Summary" }).getByText("176.4 lb").waitFor();
    await expect(page.locator("figure .sr-only caption").textContent()).resolves.toBe(
      "Weight in lb",
    );
    // Saving the shown value again keeps the stored kg: no drift from unit round trips.
    await page.getByRole("button", { name: "Save weigh-in" }).click();
    await page.getByText(`Saved ${shownLb} lb.`).waitFor();
    const rows = await health.sql(
      `SELECT weight::text AS weight FROM weight_entries WHERE date = $1::date`,
      [health.today],
    );
    expect(rows).toEqual([{ weight: "84.3000" }]);
    await context.close();
  });

  it("deletes a past weigh-in", async () => {
    const day = addDays(health.today, -1);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/weight?day=${day}`);
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByText("Weigh-in deleted.").waitFor();
    expect(await health.sql(`SELECT 1 FROM weight_entries WHERE date = $1::date`, [day])).toEqual(
      [],
    );
    await context.close();
  });

  it("charts a year of weigh-ins with trend and goal, in light and dark, phone and desktop", async () => {
    await setSetting(health, "weightUnit", "kg");
    for (const variant of VARIANTS) {
      const { context, page } = await openSignedIn(health, variant.options);
      await page.goto(`${health.app.baseUrl}/weight?range=365d`);
      await waitForCharts(page, 1);
      // A year ending today (the weigh-ins deleted above shorten its end by a day or two), its
      // screen-reader table sampled evenly to at most MAX_TABLE_ROWS rows.
      const rows = await page.locator("figure .sr-only tbody tr").count();
      expect(rows).toBeLessThanOrEqual(MAX_TABLE_ROWS);
      expect(rows).toBeGreaterThan(MAX_TABLE_ROWS * 0.8);
      await expect(page.locator("figure .sr-only caption").textContent()).resolves.toMatch(
        new RegExp(`^Weight in kg: ${rows} of 36\\d points, evenly spaced$`),
      );
      await expect(page.locator("figcaption").textContent()).resolves.toMatch(
        /weigh-ins in this range\. Trend \d+\.\d kg on .*, −0\.\d\d kg\/week\. Goal 80\.0 kg: .* \(in \d+ days\)\./,
      );
      await saveScreenshot(page, `weight-${variant.name}`);
      await context.close();
    }
  });
});
