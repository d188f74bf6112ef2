import "server-only";
import { canonicalZoneName } from "@/domain/calendar/zone-names";
import {
  settingsPatchSchema,
  settingsSchema,
  type SettingKey,
  type Settings,
} from "@/schemas/settings";
import { baseVersionSchema } from "@/schemas/version";
import type { Db } from "../../db/rows";
import { StaleEditError } from "../../http/stale-edit";
import { readSettingVersions, writeSettingKeys } from "../../settings/setting-groups";
import { readSettings } from "../../settings/settings-store";
import { parseInput } from "../input";

const ALL_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const patchSettingsSchema = settingsPatchSchema
  .extend({ baseVersion: baseVersionSchema.optional() })
  .refine((patch) => ALL_KEYS.some((key) => patch[key] !== undefined), {
    error: `Send at least one setting to change: ${ALL_KEYS.join(", ")}.`,
  });

/** Every setting with the version of them all (the highest of any setting's). */
export interface VersionedSettings {
  settings: Settings;
  version: number;
}

export async function getVersionedSettings(db: Db): Promise<VersionedSettings> {
  const [settings, versions] = await Promise.all([readSettings(db), readSettingVersions(db)]);
  return { settings, version: Math.max(...Object.values(versions)) };
}

/**
 * Changes any settings at once, atomically, over the version of them all (`baseVersion`;
 * absent: over whatever is stored). Values in kg, as stored; the zone by today's IANA name.
 */
export async function patchSettings(db: Db, input: unknown): Promise<VersionedSettings> {
  const { baseVersion, ...patch } = parseInput(patchSettingsSchema, input);
  if (patch.timeZone) patch.timeZone = canonicalZoneName(patch.timeZone) ?? patch.timeZone;
  const result = await writeSettingKeys(db, ALL_KEYS, patch, baseVersion);
  if (!result.saved) {
    throw new StaleEditError(
      "The settings changed in another tab or device since that version. Read them again and send the change over the new version.",
      result.version,
    );
  }
  return { settings: await readSettings(db), version: result.version };
}
