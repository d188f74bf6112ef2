import type { PlannedCompletion, PlannedTask } from "@/domain/legacy/plan";
import type { LegacyCalorie, LegacyDiary, LegacyWeight } from "@/domain/legacy/rows";
import { fromRows, type UpsertSpec } from "../db/upsert-rows";
import { IMPORT_SPECS } from "../services/data/import-tables";

/**
 * How each old table lands in the new one: the very tables, columns and keys the export
 * document's import writes, fed from the old rows (the old app had no task units).
 */

export const taskSpec = fromRows(IMPORT_SPECS.tasks, (task: PlannedTask) => ({
  id: String(task.id),
  title: task.title,
  unit: null,
  period: task.period,
  targetCount: task.targetCount,
  active: task.active,
  sortOrder: task.sortOrder,
  scheduledDate: task.scheduledDate,
  createdAt: task.createdAt.toISOString(),
  archivedAt: task.archivedAt?.toISOString() ?? null,
}));

export const completionSpec = fromRows(IMPORT_SPECS.completions, (c: PlannedCompletion) => ({
  id: String(c.id),
  taskId: c.taskId === null ? null : String(c.taskId),
  titleSnapshot: c.titleSnapshot,
  date: c.date,
  createdAt: c.createdAt.toISOString(),
}));

export const calorieSpec: UpsertSpec<LegacyCalorie> = IMPORT_SPECS.calories;

export const weightSpec = fromRows(IMPORT_SPECS.weights, (entry: LegacyWeight) => ({
  date: entry.date,
  weightKg: entry.weight,
}));

export const diarySpec: UpsertSpec<LegacyDiary> = IMPORT_SPECS.diary;

export const settingSpec: UpsertSpec<{ key: string; value: string }> = {
  table: "settings",
  key: "key",
  touch: "updated_at",
  columns: [
    { name: "key", type: "text" },
    { name: "value", type: "text" },
  ],
  values: (setting) => [setting.key, setting.value],
};
