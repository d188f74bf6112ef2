import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { addDays } from "@/domain/calendar";
import { PHONE, saveScreenshot } from "../../helpers/browser";
import { openSignedIn, startHealthApp, type HealthApp } from "../health/health-app";

let health: HealthApp;

beforeAll(async () => {
  health = await startHealthApp();
}, 120_000);
afterAll(() => health?.close());

async function seed(): Promise<void> {
  const yesterday = addDays(health.today, -1);
  await health.sql(
    `INSERT INTO tasks (title, period, target_count, sort_order) VALUES ('Drink water 💧', 'daily', 3, 0), ('قراءة', 'weekly', 2, 1)`,
  );
  await health.sql(
    `INSERT INTO completions (task_id, title_snapshot, date)
       SELECT id, title, $1::date FROM tasks WHERE period = 'daily'`,
    [health.today],
  );
  await health.sql(`INSERT INTO weight_entries (date, weight) VALUES ($1, 81.2345), ($2, 81.5)`, [
    health.today,
    yesterday,
  ]);
  await health.sql(`INSERT INTO diary_entries (date, content) VALUES ($1, $2)`, [
    health.today,
    "A *good* day.\nSecond line with <b>HTML</b> kept as text.",
  ]);
}

/** What the owner reads on a page: its main region's text (charts draw later, so not theirs). */
async function pageText(page: Page, url: string): Promise<string> {
  await page.goto(`${health.app.baseUrl}${url}`);
  await page.locator("main h1").first().waitFor();
  const text = await page.locator("main").innerText();
  return text.replace(/^Loading chart…$/gm, "").replace(/\n{2,}/g, "\n");
}

async function readPages(page: Page): Promise<string[]> {
  return [
    await pageText(page, "/"),
    await pageText(page, "/weight"),
    await pageText(page, `/diary/${health.today}`),
  ];
}

describe("Settings > Data", () => {
  it("exports, and after a wipe the import brings back the same Today, Weight and Diary pages", async () => {
    await seed();
    const { context, page } = await openSignedIn(health);
    const before = await readPages(page);

    await page.goto(`${health.app.baseUrl}/settings/data`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download everything (JSON)" }).click(),
    ]);
    const file = path.join(health.app.dataDir, "export.json");
    await download.saveAs(file);
    const doc = JSON.parse(readFileSync(file, "utf8")) as { weights: Array<{ weightKg: number }> };
    expect(doc.weights.map((w) => w.weightKg)).toEqual([81.5, 81.2345]);

    await health.sql(
      `DELETE FROM completions; DELETE FROM tasks; DELETE FROM weight_entries; DELETE FROM diary_entries`,
    );
    expect((await readPages(page))[1]).not.toEqual(before[1]);

    // A truncated file is refused with a sentence, and changes nothing.
    const truncated = path.join(health.app.dataDir, "truncated.json");
    writeFileSync(truncated, readFileSync(file, "utf8").slice(0, 200));
    await page.goto(`${health.app.baseUrl}/settings/data`);
    await page.getByLabel("Export file").setInputFiles(truncated);
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText(/not a complete JSON document/).waitFor();

    await page.getByLabel("Export file").setInputFiles(file);
    await page.getByLabel(/^Replace/).check();
    await page.getByRole("button", { name: "Import" }).click();
    await page
      .getByText("Type REPLACE to confirm that everything in Tracker is replaced.")
      .waitFor();
    await page.getByLabel("Type REPLACE to confirm").fill("REPLACE");
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText(/^Imported \d+ rows \(replace\)/).waitFor();
    await expect(page.getByRole("row", { name: /Weigh-ins 2 0 0/ }).count()).resolves.toBe(1);
    // The data as it was before the replace (empty here) was kept as a backup.
    await page.getByRole("listitem").filter({ hasText: "Before an import" }).first().waitFor();
    await saveScreenshot(page, "data-import-report");

    expect(await readPages(page)).toEqual(before);
    await context.close();
  });

  it("lists a backup taken by hand with its size and restores it", async () => {
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/settings/data`);
    await page.getByRole("button", { name: "Back up now" }).click();
    await page.getByText("Backup written.").waitFor();
    const row = page.getByRole("listitem").filter({ hasText: "Taken by hand" }).first();
    await expect(row.innerText()).resolves.toMatch(/\d+(\.\d)? KB/);
    await health.sql(`DELETE FROM diary_entries`);
    await row.getByRole("button", { name: "Restore…" }).click();
    await page.getByLabel("Type REPLACE to confirm").fill("REPLACE");
    await page.getByRole("button", { name: "Restore this backup" }).click();
    await page.getByText(/^Imported \d+ rows \(replace\)/).waitFor();
    const rows = await health.sql(`SELECT count(*)::integer AS n FROM diary_entries`);
    expect(rows[0]?.n).toBe(1);
    await context.close();
  });

  it("fits a phone screen with its backups listed", async () => {
    const { context, page } = await openSignedIn(health, PHONE);
    await page.goto(`${health.app.baseUrl}/settings/data`);
    await page.getByRole("listitem").filter({ hasText: "Taken by hand" }).first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.viewport?.width ?? 0);
    await saveScreenshot(page, "data-settings-phone");
    await context.close();
  });
});
