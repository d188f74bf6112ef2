import "server-only";
import { canonicalZoneName } from "@/domain/calendar/zone-names";
import { displayToKg, kgToDisplay, type WeightUnit } from "@/domain/weight";
import { calendarSettingsSchema, type CalendarSettingsInput } from "@/schemas/tasks";
import { themeSettingsSchema, type ThemeSettingsInput } from "@/schemas/settings";
import { healthSettingsSchema, type HealthSettingsInput } from "@/schemas/weight";
import type { Db } from "../../db/rows";
import { readSettings, writeSettings } from "../../settings/settings-store";
import { parseInput } from "../input";

/**
 * Time zone, day-start hour and week start: they decide what "today" and "this week" mean.
 * The zone is stored by today's IANA name, so an old one (Asia/Calcutta) saves as Asia/Kolkata.
 */
export async function saveCalendarSettings(db: Db, input: CalendarSettingsInput): Promise<void> {
  const settings = parseInput(calendarSettingsSchema, input);
  const timeZone = canonicalZoneName(settings.timeZone) ?? settings.timeZone;
  await writeSettings(db, { ...settings, timeZone });
}

/** Light, dark or the device's choice: the root layout renders it into <html data-theme>. */
export async function saveThemeSettings(db: Db, input: ThemeSettingsInput): Promise<void> {
  await writeSettings(db, parseInput(themeSettingsSchema, input));
}

export interface SavedHealthSettings {
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
  const { calorieGoal, weightUnit, goalWeight } = parseInput(healthSettingsSchema, input);
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
  await writeSettings(db, { calorieGoal, weightUnit, goalWeightKg });
  const goalWeightShown = goalWeightKg === null ? null : kgToDisplay(goalWeightKg, weightUnit);
  return { calorieGoal, weightUnit, goalWeightKg, goalWeightShown };
}
