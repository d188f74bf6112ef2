import { z } from "zod";
import { isValidTimeZone } from "@/domain/calendar";
import { formatKcal } from "@/domain/text";
import { MAX_WEIGHT_KG } from "@/domain/weight";
import { storableString } from "./text";
import { typedNumber } from "./typed-number";
import { formBaseVersionSchema } from "./version";

/** The calorie goal a day: 500..20000 kcal. */
export const MIN_CALORIE_GOAL = 500;
export const MAX_CALORIE_GOAL = 20_000;

export const timeZoneSchema = storableString()
  .trim()
  .min(1)
  .refine(isValidTimeZone, "Choose a time zone such as Europe/Berlin.");

/** How the app looks: follow the device ("system"), or always light or dark. */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

const HOUR_RANGE = "Use an hour from 0 to 6.";
const WEEKDAY_RANGE = "Choose the day weeks start on (0 for Sunday to 6 for Saturday).";
const GOAL_WEIGHT_RANGE = `Use a goal weight above 0 and below ${MAX_WEIGHT_KG} kg.`;

const settingFields = {
  timeZone: timeZoneSchema,
  dayStartHour: typedNumber(
    "whole",
    z.number({ error: HOUR_RANGE }).int(HOUR_RANGE).min(0, HOUR_RANGE).max(6, HOUR_RANGE),
  ),
  weekStartsOn: typedNumber(
    "whole",
    z
      .number({ error: WEEKDAY_RANGE })
      .int(WEEKDAY_RANGE)
      .min(0, WEEKDAY_RANGE)
      .max(6, WEEKDAY_RANGE),
  ),
  calorieGoal: typedNumber(
    "whole",
    z
      .number({ error: "Enter a calorie goal." })
      .int("Enter whole calories.")
      .min(MIN_CALORIE_GOAL, `Use at least ${formatKcal(MIN_CALORIE_GOAL)}.`)
      .max(MAX_CALORIE_GOAL, `Use at most ${formatKcal(MAX_CALORIE_GOAL)}.`),
  ),
  goalWeightKg: typedNumber(
    "decimal",
    z
      .number({ error: "Enter a goal weight in kg." })
      .positive(GOAL_WEIGHT_RANGE)
      .lt(MAX_WEIGHT_KG, GOAL_WEIGHT_RANGE),
  ).nullable(),
  weightUnit: z.enum(["kg", "lb"]),
  theme: z.enum(THEMES, { error: "Choose system, light or dark." }),
};

/** Every owner setting with its type and default. Stored as JSON text in `settings`. */
export const settingsSchema = z.object({
  timeZone: settingFields.timeZone.default("UTC"),
  dayStartHour: settingFields.dayStartHour.default(0),
  weekStartsOn: settingFields.weekStartsOn.default(1),
  calorieGoal: settingFields.calorieGoal.default(2000),
  goalWeightKg: settingFields.goalWeightKg.default(null),
  weightUnit: settingFields.weightUnit.default("kg"),
  theme: settingFields.theme.default("system"),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

/** A partial update. Built without defaults: zod 4 would fill defaults into `.partial()`. */
export const settingsPatchSchema = z.object({
  timeZone: settingFields.timeZone.optional(),
  dayStartHour: settingFields.dayStartHour.optional(),
  weekStartsOn: settingFields.weekStartsOn.optional(),
  calorieGoal: settingFields.calorieGoal.optional(),
  goalWeightKg: settingFields.goalWeightKg.optional(),
  weightUnit: settingFields.weightUnit.optional(),
  theme: settingFields.theme.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Settings > Appearance, over the theme's version the form loaded (`baseVersion`). */
export const themeSettingsSchema = z.object({
  theme: settingFields.theme,
  baseVersion: formBaseVersionSchema.optional(),
});
export type ThemeSettingsInput = z.infer<typeof themeSettingsSchema>;
