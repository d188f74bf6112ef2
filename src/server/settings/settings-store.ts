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
  const rows = await db.getRepository(SettingEntity).find();
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      raw[row.key] = JSON.parse(row.value);
    } catch {
      // unreadable JSON: leave it out so the default applies
    }
  }
  const result: Record<string, unknown> = settingsSchema.parse({});
  for (const key of Object.keys(settingsSchema.shape) as Array<keyof Settings>) {
    const field = settingsSchema.shape[key].safeParse(raw[key]);
    if (raw[key] !== undefined && field.success) result[key] = field.data;
  }
  return result as Settings;
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
