import { saveCalendarSettings, saveThemeSettings } from "@/server/services/settings/owner-settings";
import { readSettingVersions } from "@/server/settings/setting-groups";
import { readSettings, writeSettings } from "@/server/settings/settings-store";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();

const paris = { timeZone: "Europe/Paris", dayStartHour: 3, weekStartsOn: 0 };
const berlin = { timeZone: "Europe/Berlin", dayStartHour: 0, weekStartsOn: 1 };

describe("settings forms save over their group's version", () => {
  it("gives each group the highest version of its keys, 0 while none is stored", async () => {
    expect(await readSettingVersions(testDb.db)).toEqual({ calendar: 0, health: 0, theme: 0 });
    const { version } = await saveCalendarSettings(testDb.db, { ...paris, baseVersion: 0 });
    expect(version).toBeGreaterThan(0);
    expect(await readSettingVersions(testDb.db)).toEqual({
      calendar: version,
      health: 0,
      theme: 0,
    });
    // Changing one key of the group moves the group's version.
    await writeSettings(testDb.db, { weekStartsOn: 1 });
    const versions = await readSettingVersions(testDb.db);
    expect(versions.calendar).toBeGreaterThan(version);
    expect(versions.theme).toBe(0);
  });

  it("refuses a save from an older version, and says what the group holds now", async () => {
    const first = await saveCalendarSettings(testDb.db, { ...paris, baseVersion: 0 });
    // A second tab, opened before that save (nothing stored), must not overwrite it.
    const stale = saveCalendarSettings(testDb.db, { ...berlin, baseVersion: 0 });
    await expect(stale).rejects.toMatchObject({
      status: 409,
      version: first.version,
      message:
        "Calendar settings were changed in another tab or device: the time zone is now " +
        "Europe/Paris, a new day starts at 03:00 and weeks start on Sunday. " +
        "Save again to replace them.",
    });
    expect(await readSettings(testDb.db)).toMatchObject(paris);
    expect((await readSettingVersions(testDb.db)).calendar).toBe(first.version);
    // The first tab's save again (its answer lost, the form still on version 0): no conflict.
    await expect(saveCalendarSettings(testDb.db, { ...paris, baseVersion: 0 })).resolves.toEqual({
      version: first.version,
    });
  });

  it("saves from the current version, and a retried identical save changes nothing", async () => {
    const first = await saveCalendarSettings(testDb.db, { ...paris, baseVersion: 0 });
    const second = await saveCalendarSettings(testDb.db, {
      ...berlin,
      baseVersion: first.version,
    });
    expect(second.version).toBeGreaterThan(first.version);
    expect(await readSettings(testDb.db)).toMatchObject(berlin);
    await expect(
      saveCalendarSettings(testDb.db, { ...berlin, baseVersion: second.version }),
    ).resolves.toEqual({ version: second.version });
    // Another group's save is no conflict for this one.
    await saveThemeSettings(testDb.db, { theme: "dark", baseVersion: 0 });
    await expect(
      saveCalendarSettings(testDb.db, { ...paris, baseVersion: second.version }),
    ).resolves.toMatchObject({ version: expect.any(Number) });
    expect(await readSettings(testDb.db)).toMatchObject({ ...paris, theme: "dark" });
  });

  it("refuses a stale theme with what it is now", async () => {
    const dark = await saveThemeSettings(testDb.db, { theme: "dark", baseVersion: 0 });
    await expect(
      saveThemeSettings(testDb.db, { theme: "light", baseVersion: 0 }),
    ).rejects.toMatchObject({
      status: 409,
      version: dark.version,
      message:
        "The theme was changed in another tab or device: it is now dark. Save again to replace it.",
    });
  });
});
