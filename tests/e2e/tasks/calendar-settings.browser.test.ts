import { clearanceAboveBottomNav, DESKTOP, saveScreenshot, VARIANTS } from "../../helpers/browser";
import { openSignedIn, startTasksApp, type TasksApp } from "./tasks-app";

let tasks: TasksApp;

beforeAll(async () => {
  tasks = await startTasksApp();
}, 120_000);
afterAll(() => tasks?.close());

describe("calendar settings in Chromium", () => {
  it("saves the calendar settings, offering the device's time zone", async () => {
    const berlin = await openSignedIn(tasks, { ...DESKTOP, timezoneId: "Europe/Berlin" });
    await berlin.page.goto(`${tasks.app.baseUrl}/settings`);
    const calendar = berlin.page.getByRole("region", { name: "Calendar" });
    await calendar.getByRole("button", { name: "Use this device's zone: Europe/Berlin" }).click();
    await calendar.getByLabel("A new day starts at").selectOption("4");
    await calendar.getByLabel("Weeks start on").selectOption({ label: "Sunday" });
    await calendar.getByRole("button", { name: "Save calendar settings" }).click();
    await calendar.getByText("Calendar settings saved.").waitFor();
    await saveScreenshot(berlin.page, "settings-calendar");
    const stored = await tasks.sql(
      `SELECT key, value FROM settings WHERE key IN ('timeZone', 'dayStartHour', 'weekStartsOn') ORDER BY key`,
    );
    expect(stored).toEqual([
      { key: "dayStartHour", value: "4" },
      { key: "timeZone", value: '"Europe/Berlin"' },
      { key: "weekStartsOn", value: "0" },
    ]);
    await expect(calendar.getByLabel("Time zone").inputValue()).resolves.toBe("Europe/Berlin");
    await berlin.page.reload();
    await expect(calendar.getByLabel("A new day starts at").inputValue()).resolves.toBe("4");
    await expect(calendar.getByLabel("Weeks start on").inputValue()).resolves.toBe("0");
    await berlin.context.close();
  }, 60_000);

  it("takes Settings screenshots on a phone and a desktop, light and dark", async () => {
    for (const variant of VARIANTS) {
      const { context, page } = await openSignedIn(tasks, variant.options);
      await page.goto(`${tasks.app.baseUrl}/settings`);
      const calendar = page.getByRole("region", { name: "Calendar" });
      await expect(calendar.getByLabel("Time zone").inputValue()).resolves.toBe("Europe/Berlin");
      if (variant.name.startsWith("phone")) {
        await expect(clearanceAboveBottomNav(page)).resolves.toBeGreaterThanOrEqual(0);
      }
      await saveScreenshot(page, `settings-${variant.name}`);
      await context.close();
    }
  }, 90_000);
});
