import { z } from "zod";
import type { Settings, SettingKey, SettingsPatch } from "@/schemas/settings";
import { column, selectRow, selectRows, type Db, type Queryable } from "../db/rows";
import { readSettings, writeSettings } from "./settings-store";

/** The settings each Settings form edits together, and saves over one version. */
export const SETTING_GROUPS = {
  calendar: ["timeZone", "dayStartHour", "weekStartsOn"],
  health: ["calorieGoal", "weightUnit", "goalWeightKg"],
  theme: ["theme"],
} as const satisfies Record<string, readonly SettingKey[]>;
export type SettingGroup = keyof typeof SETTING_GROUPS;

/** Each group's version: the highest of its keys' rows (0 while none is stored). */
export type SettingVersions = Record<SettingGroup, number>;

/** Any fixed number: the key of Tracker's settings-save lock among PostgreSQL's advisory locks. */
const SETTINGS_LOCK_KEY = 72_710_002;

const versionRowSchema = z.object({ key: z.string(), version: column.integer });

/** Every group's version, in one query: what the Settings page hands its forms. */
export async function readSettingVersions(db: Queryable): Promise<SettingVersions> {
  const rows = await selectRows(db, versionRowSchema, `SELECT key, version FROM settings`);
  const versions: SettingVersions = { calendar: 0, health: 0, theme: 0 };
  for (const group of Object.keys(SETTING_GROUPS) as SettingGroup[]) {
    const keys: readonly string[] = SETTING_GROUPS[group];
    for (const row of rows) {
      if (keys.includes(row.key)) versions[group] = Math.max(versions[group], row.version);
    }
  }
  return versions;
}

/** The version of some settings together: the highest of their rows' (0 while none is stored). */
function keysVersion(db: Queryable, keys: readonly SettingKey[]): Promise<number> {
  return selectRow(
    db,
    z.object({ version: column.integer }),
    `SELECT coalesce(max(version), 0)::integer AS version FROM settings WHERE key = ANY($1::text[])`,
    [keys],
  ).then((row) => row?.version ?? 0);
}

/** True when every value of `patch` is what the settings already hold. */
function holdsPatch(current: Settings, patch: SettingsPatch): boolean {
  return Object.entries(patch).every(
    ([key, value]) => JSON.stringify(current[key as SettingKey]) === JSON.stringify(value),
  );
}

/** A group save: written (the group's version after it), or refused with what the group holds. */
export type GroupSave =
  { saved: true; version: number } | { saved: false; version: number; current: Settings };

/**
 * Writes a group's settings over the version a form loaded, atomically across its keys: one
 * transaction takes a blocking advisory lock (so group saves run one after another), reads
 * the group's version, compares and upserts. A save from another version is refused, unless
 * the settings already hold its values (a retried save). Without `baseVersion` it just writes.
 */
export function writeSettingGroup(
  db: Db,
  group: SettingGroup,
  patch: SettingsPatch,
  baseVersion: number | undefined,
): Promise<GroupSave> {
  return writeSettingKeys(db, SETTING_GROUPS[group], patch, baseVersion);
}

/** `writeSettingGroup` over any set of keys, whose version is the highest of theirs. */
export function writeSettingKeys(
  db: Db,
  keys: readonly SettingKey[],
  patch: SettingsPatch,
  baseVersion: number | undefined,
): Promise<GroupSave> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT 1 AS locked FROM pg_advisory_xact_lock($1::bigint)`, [
      SETTINGS_LOCK_KEY,
    ]);
    const version = await keysVersion(tx, keys);
    if (baseVersion !== undefined && baseVersion !== version) {
      const current = await readSettings(tx);
      if (holdsPatch(current, patch)) return { saved: true, version };
      return { saved: false, version, current };
    }
    await writeSettings(tx, patch);
    return { saved: true, version: await keysVersion(tx, keys) };
  });
}
