import { settingsPatchSchema, type SettingKey, type SettingsPatch } from "@/schemas/settings";

/** One old setting that has no place in the new app, by key (its value is never reported). */
export interface SkippedSetting {
  key: string;
  reason: "unknown key" | "invalid value" | "duplicate key";
}

export interface MappedSettings {
  settings: SettingsPatch;
  /** Which old key filled each new setting. */
  sources: Partial<Record<SettingKey, string>>;
  skipped: SkippedSetting[];
}

/** Old keys, compared without case, "_", "-" or spaces, and the new setting each one means. */
const KEY_ALIASES: Record<string, SettingKey> = {
  timezone: "timeZone",
  tz: "timeZone",
  daystarthour: "dayStartHour",
  daystart: "dayStartHour",
  daystartsat: "dayStartHour",
  weekstartson: "weekStartsOn",
  weekstart: "weekStartsOn",
  firstdayofweek: "weekStartsOn",
  caloriegoal: "calorieGoal",
  dailycaloriegoal: "calorieGoal",
  calorietarget: "calorieGoal",
  kcalgoal: "calorieGoal",
  goalweight: "goalWeightKg",
  goalweightkg: "goalWeightKg",
  targetweight: "goalWeightKg",
  targetweightkg: "goalWeightKg",
  weightunit: "weightUnit",
  unit: "weightUnit",
  units: "weightUnit",
  theme: "theme",
  colorscheme: "theme",
};

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function normalisedKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, "");
}

/** The old text values as the new schemas expect them ("Monday" → 1, "lbs" → "lb", …). */
function normalisedValue(setting: SettingKey, raw: string): unknown {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (setting === "weekStartsOn") {
    const weekday = WEEKDAYS.findIndex((day) => day === lower || day.slice(0, 3) === lower);
    return weekday >= 0 ? weekday : text;
  }
  if (setting === "weightUnit") {
    if (["kg", "kgs", "kilogram", "kilograms", "metric"].includes(lower)) return "kg";
    if (["lb", "lbs", "pound", "pounds", "imperial"].includes(lower)) return "lb";
    return lower;
  }
  if (setting === "theme") return lower === "auto" ? "system" : lower;
  if (setting === "goalWeightKg" && ["", "null", "none"].includes(lower)) return null;
  if (setting === "timeZone") return text;
  return text === "" ? undefined : text;
}

/** Undoes values the old app stored JSON-encoded (`"\"Europe/Berlin\""`). */
function unquoted(value: string): string {
  if (!/^".*"$/.test(value)) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? parsed : value;
  } catch {
    return value;
  }
}

/** Maps the old key/value text pairs onto the new settings where they mean the same. */
export function mapLegacySettings(
  pairs: ReadonlyArray<{ key: string; value: string | null }>,
): MappedSettings {
  const settings: Record<string, unknown> = {};
  const sources: Partial<Record<SettingKey, string>> = {};
  const skipped: SkippedSetting[] = [];
  for (const { key, value } of pairs) {
    const normalised = normalisedKey(key);
    const setting = Object.hasOwn(KEY_ALIASES, normalised) ? KEY_ALIASES[normalised] : undefined;
    if (!setting) {
      skipped.push({ key, reason: "unknown key" });
      continue;
    }
    if (sources[setting] !== undefined) {
      skipped.push({ key, reason: "duplicate key" });
      continue;
    }
    const field = settingsPatchSchema.shape[setting].safeParse(
      normalisedValue(setting, unquoted(value ?? "")),
    );
    if (!field.success || field.data === undefined) {
      skipped.push({ key, reason: "invalid value" });
      continue;
    }
    settings[setting] = field.data;
    sources[setting] = key;
  }
  return { settings: settingsPatchSchema.parse(settings), sources, skipped };
}
