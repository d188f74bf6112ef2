import "server-only";
import { canonicalZoneName } from "@/domain/calendar/zone-names";
import { displayToKg, kgToDisplay, type WeightUnit } from "@/domain/weight";
import { calendarSettingsSchema, type CalendarSettingsInput } from "@/schemas/tasks";
import {
  themeSettingsSchema,
  type SettingsPatch,
  type ThemeSettingsInput,
} from "@/schemas/settings";
import { healthSettingsSchema, type HealthSettingsInput } from "@/schemas/weight";
import type { Db } from "../../db/rows";
import { writeSettingGroup, type SettingGroup } from "../../settings/setting-groups";
import { readSettings } from "../../settings/settings-store";
import { parseInput } from "../input";
import { staleSettings } from "./stale-settings";

/**
 * Saves one form's group of settings over the group's version the form loaded (none: over
 * whatever is stored); returns the group's version after the save. A save from an older
 * version is refused (`StaleEditError`, with what the group holds now).
 */
async function saveGroup(
  db: Db,
  group: SettingGroup,
  patch: SettingsPatch,
  baseVersion: number | undefined,
): Promise<number> {
  const result = await writeSettingGroup(db, group, patch, baseVersion);
  if (!result.saved) throw staleSettings(group, result.current, result.version);
  return result.version;
}

/** A saved group's version, which the form sends back as `baseVersion` when it saves again. */
export interface SavedSettings {
  version: number;
}

/**
 * Time zone, day-start hour and week start: they decide what "today" and "this week" mean.
 * The zone is stored by today's IANA name, so an old one (Asia/Calcutta) saves as Asia/Kolkata.
 */
export async function saveCalendarSettings(
  db: Db,
  input: CalendarSettingsInput,
): Promise<SavedSettings> {
  const { baseVersion, ...settings } = parseInput(calendarSettingsSchema, input);
  const timeZone = canonicalZoneName(settings.timeZone) ?? settings.timeZone;
  return { version: await saveGroup(db, "calendar", { ...settings, timeZone }, baseVersion) };
}

/** Light, dark or the device's choice: the root layout renders it into <html data-theme>. */
export async function saveThemeSettings(db: Db, input: ThemeSettingsInput): Promise<SavedSettings> {
  const { baseVersion, theme } = parseInput(themeSettingsSchema, input);
  return { version: await saveGroup(db, "theme", { theme }, baseVersion) };
}

export interface SavedHealthSettings extends SavedSettings {
  calorieGoal: number;
  weightUnit: WeightUnit;
  goalWeightKg: number | null;
  /** The stored goal as the owner sees it again, in their unit with one decimal. */
  goalWeightShown: number | null;
}

/**
 * Calorie goal, weight unit and goal weight (typed in the chosen unit, stored in kg). An
 * untouched goal keeps its stored kg, so switching units back and forth never drifts it.
 */
export async function saveHealthSettings(
  db: Db,
  input: HealthSettingsInput,
): Promise<SavedHealthSettings> {
  const valid = parseInput(healthSettingsSchema, input);
  const { calorieGoal, weightUnit, goalWeight } = valid;
  const current = await readSettings(db);
  const unchanged =
    goalWeight !== undefined &&
    current.goalWeightKg !== null &&
    kgToDisplay(current.goalWeightKg, weightUnit) === goalWeight;
  const goalWeightKg =
    goalWeight === undefined
      ? null
      : unchanged
        ? current.goalWeightKg
        : displayToKg(goalWeight, weightUnit);
  const patch = { calorieGoal, weightUnit, goalWeightKg };
  const version = await saveGroup(db, "health", patch, valid.baseVersion);
  const goalWeightShown = goalWeightKg === null ? null : kgToDisplay(goalWeightKg, weightUnit);
  return { calorieGoal, weightUnit, goalWeightKg, goalWeightShown, version };
}
