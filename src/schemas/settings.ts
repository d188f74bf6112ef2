import { z } from "zod";

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .refine(isTimeZone, "Choose a time zone such as Europe/Berlin.");

/** Every owner setting with its type and default. Stored as JSON text in `settings`. */
export const settingsSchema = z.object({
  timeZone: timeZoneSchema.default("UTC"),
  dayStartHour: z.coerce.number().int().min(0, "Use an hour from 0 to 6.").max(6, "Use an hour from 0 to 6.").default(0),
  weekStartsOn: z.coerce.number().int().min(0).max(6).default(1),
  calorieGoal: z.coerce.number().int().min(500, "Use at least 500.").max(20000, "Use at most 20000.").default(2000),
  goalWeightKg: z.coerce.number().positive().max(999).nullable().default(null),
  weightUnit: z.enum(["kg", "lb"]).default("kg"),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
