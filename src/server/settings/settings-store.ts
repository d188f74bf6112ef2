import {
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from "@/schemas/settings";
import { SettingEntity } from "../db/entities";
import type { Db } from "../db/rows";

/**
 * The one typed way to read and write owner settings. A stored value that no longer fits
 * the schema falls back to its default instead of breaking every page.
 */
export async function readSettings(db: Db): Promise<Settings> {
  return { ...settingsSchema.parse({}), ...(await readStoredSettings(db)) };
}

/** Only the settings the owner stored (and that still fit the schema): what an export holds. */
export async function readStoredSettings(db: Db): Promise<SettingsPatch> {
  // Key and value only: a backup taken before pending migrations reads an older table.
  const rows = await db
    .getRepository(SettingEntity)
    .find({ select: { key: true, value: true }, order: { key: "ASC" } });
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    if (!Object.hasOwn(settingsSchema.shape, row.key)) continue;
    const key = row.key as keyof Settings;
    try {
      const field = settingsSchema.shape[key].safeParse(JSON.parse(row.value));
      if (field.success) stored[key] = field.data;
    } catch {
      // unreadable JSON: leave it out so the default applies
    }
  }
  return stored as SettingsPatch;
}

export async function writeSettings(db: Db, patch: SettingsPatch): Promise<void> {
  const valid = settingsPatchSchema.parse(patch);
  const entries = Object.entries(valid).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return;
  await db.getRepository(SettingEntity).upsert(
    entries.map(([key, value]) => ({ key, value: JSON.stringify(value), updatedAt: new Date() })),
    ["key"],
  );
}
