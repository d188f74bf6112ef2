import { lastByKey } from "@/domain/legacy/dedupe";
import { planCompletions, planOwner, planTasks, type ImportFix } from "@/domain/legacy/plan";
import type { LegacyTableName } from "@/domain/legacy/rows";
import { mapLegacySettings } from "@/domain/legacy/settings-map";
import type { LegacyData } from "./parse-file";

function dedupe<T>(
  table: LegacyTableName,
  rows: T[],
  keyOf: (row: T) => string,
  fixes: ImportFix[],
) {
  return lastByKey(rows, keyOf, (key) =>
    fixes.push({ table, key, fix: "the same key twice: the later row was kept" }),
  );
}

/** Everything the import writes, worked out before the database is touched. */
export function planImport(data: LegacyData, now: Date) {
  const fixes: ImportFix[] = [];
  const mapped = mapLegacySettings(dedupe("settings", data.settings, (s) => s.key, fixes));
  const calendar = {
    timeZone: mapped.settings.timeZone ?? "UTC",
    dayStartHour: mapped.settings.dayStartHour ?? 0,
    now,
  };
  const legacyCompletions = dedupe("completions", data.completions, (c) => String(c.id), fixes);
  const tasks = planTasks(
    dedupe("tasks", data.tasks, (t) => String(t.id), fixes),
    legacyCompletions,
    calendar,
    fixes,
  );
  const { completions, orphans } = planCompletions(legacyCompletions, tasks, fixes);
  const settings = Object.entries(mapped.settings).map(([key, value]) => ({
    key,
    value: JSON.stringify(value),
  }));
  return {
    fixes,
    mapped,
    settings,
    tasks,
    completions,
    orphans,
    owner: planOwner(data.users, now, fixes),
    calories: dedupe("calorie_entries", data.calorie_entries, (e) => e.date, fixes),
    weights: dedupe("weight_entries", data.weight_entries, (e) => e.date, fixes),
    diary: dedupe("diary_entries", data.diary_entries, (e) => e.date, fixes),
  };
}
