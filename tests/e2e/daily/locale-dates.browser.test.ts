import { addDays } from "@/domain/calendar";
import { formatDay, formatLongDay, formatMonth } from "@/domain/calendar/date-format";
import { formatFixed } from "@/domain/text";
import { DESKTOP } from "../../helpers/browser";
import { openSignedIn, startHealthApp, type HealthApp } from "../health/health-app";

/** Dates shown to people follow the browser's locale (its Accept-Language), on the server too. */
let health: HealthApp;

beforeAll(async () => {
  health = await startHealthApp();
}, 120_000);
afterAll(() => health?.close());

const LOOKS: Array<{ locale: string; title: RegExp }> = [
  { locale: "en-US", title: /^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}$/ },
  { locale: "de-DE", title: /^[A-Z][a-z]\., \d{1,2}\. \S+ \d{4}$/ },
];

describe("dates in the browser's locale", () => {
  it("writes Today's heading and the weigh-ins in en-US and de-DE", async () => {
    const day = addDays(health.today, -3);
    await health.sql(`INSERT INTO weight_entries (date, weight) VALUES ($1::date, 84.2)`, [day]);
    for (const { locale, title } of LOOKS) {
      const { context, page } = await openSignedIn(health, { ...DESKTOP, locale });
      await page.goto(`${health.app.baseUrl}/?day=${day}`);
      await expect(page.locator("h1").textContent()).resolves.toBe(
        formatLongDay(day, health.today, locale),
      );
      const shown = page.locator(`main time[datetime="${day}"]`).first();
      await expect(shown.textContent()).resolves.toBe(formatDay(day, locale));
      await expect(shown.textContent()).resolves.toMatch(title);

      await page.goto(`${health.app.baseUrl}/weight?range=30d`);
      const weighIn = page.locator(`details time[datetime="${day}"]`);
      await expect(weighIn.textContent()).resolves.toBe(formatDay(day, locale));
      await expect(weighIn.textContent()).resolves.toMatch(title);
      // The number beside it follows the same locale: "84.2 kg" (en-US), "84,2 kg" (de-DE).
      const row = page.locator("details li", { has: page.locator(`time[datetime="${day}"]`) });
      await expect(row.textContent()).resolves.toContain(`${formatFixed(84.2, 1, locale)} kg`);
      await context.close();
    }
  }, 60_000);

  it("writes diary months and the heatmap's months and weekdays in de-DE", async () => {
    const [task] = await health.sql(
      `INSERT INTO tasks (title, period, target_count, sort_order, created_at)
       VALUES ('Lesen', 'daily', 1, 0, $1::date) RETURNING id::text AS id`,
      [`${health.today.slice(0, 7)}-01`],
    );
    const month = health.today.slice(0, 7);
    await health.sql(`INSERT INTO diary_entries (date, content) VALUES ($1::date, 'Hallo')`, [
      health.today,
    ]);
    const { context, page } = await openSignedIn(health, { ...DESKTOP, locale: "de-DE" });
    await page.goto(`${health.app.baseUrl}/diary?month=${month}`);
    const heading = await page.locator("#diary-month-heading").textContent();
    expect(heading).toBe(formatMonth(month, "de-DE", "monthLong"));
    // "Dezember 2026": German month names, not "December".
    expect(heading).not.toBe(formatMonth(month, "en-GB", "monthLong"));

    await page.goto(`${health.app.baseUrl}/tasks/${String(task?.id)}`);
    const label = formatMonth(month, "de-DE");
    await page.getByRole("group", { name: new RegExp(`^${label.replace(".", "\\.")}:`) }).waitFor();
    // Weeks start on Monday here: Montag, Dienstag, Mittwoch… -> M, D, M.
    const initials = await page.locator('[role="group"] [aria-hidden="true"]').allTextContents();
    expect(initials.slice(1, 4)).toEqual(["M", "D", "M"]);

    // Numbers too: the day's 1650 kcal reads "1.650" and the chart's axis uses the same marks.
    await health.sql(
      `INSERT INTO calorie_entries (date, calories) VALUES ($1::date, 1650)
       ON CONFLICT (date) DO UPDATE SET calories = 1650`,
      [health.today],
    );
    await page.goto(`${health.app.baseUrl}/calories`);
    await expect(page.locator("#log dl").first().textContent()).resolves.toContain("1.650 kcal");
    await context.close();
  }, 60_000);
});
