import { DESKTOP } from "../../helpers/browser";
import { openSignedIn, startTasksApp, type TasksApp } from "../tasks/tasks-app";

/** Settings > Calendar's time-zone picker: a search over today's IANA names. */
let tasks: TasksApp;

beforeAll(async () => {
  tasks = await startTasksApp();
}, 120_000);
afterAll(() => tasks?.close());

const storedZone = async () =>
  (await tasks.sql(`SELECT value FROM settings WHERE key = 'timeZone'`))[0]?.value;

describe("the time-zone picker in Chromium", () => {
  it("loads an old stored name as today's, offers the device's zone and finds zones by search", async () => {
    await tasks.sql(`UPDATE settings SET value = '"Asia/Calcutta"' WHERE key = 'timeZone'`);
    // A device that still reports the old name for Kyiv is offered it by today's name.
    const { context, page } = await openSignedIn(tasks, { ...DESKTOP, timezoneId: "Europe/Kiev" });
    await page.goto(`${tasks.app.baseUrl}/settings`);
    const calendar = page.getByRole("region", { name: "Calendar" });
    const zone = calendar.getByLabel("Time zone");
    await expect(zone.inputValue()).resolves.toBe("Asia/Kolkata");
    await expect(zone.locator('option[value="Asia/Calcutta"]').count()).resolves.toBe(0);
    const save = async () => {
      const posted = page.waitForResponse((r) => r.request().method() === "POST");
      await calendar.getByRole("button", { name: "Save calendar settings" }).click();
      await posted;
      await calendar.getByText("Calendar settings saved.").waitFor();
    };
    await save();
    expect(await storedZone()).toBe('"Asia/Kolkata"');

    const device = calendar.getByRole("button", { name: "Use this device's zone: Europe/Kyiv" });
    await device.click();
    await expect(zone.inputValue()).resolves.toBe("Europe/Kyiv");

    await calendar.getByLabel("Search zones").fill("berl");
    await expect(zone.locator("option").allTextContents()).resolves.toEqual(["Europe/Berlin"]);
    await expect(zone.inputValue()).resolves.toBe("Europe/Berlin");
    await zone.selectOption("Europe/Berlin");
    await save();
    expect(await storedZone()).toBe('"Europe/Berlin"');
    await calendar.getByLabel("Search zones").fill("atlantis");
    await calendar.getByText("No time zone matches “atlantis”.").waitFor();
    await context.close();
  }, 60_000);
});
