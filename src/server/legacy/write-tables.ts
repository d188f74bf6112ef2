import type { PlannedCompletion, PlannedTask } from "@/domain/legacy/plan";
import type { LegacyCalorie, LegacyDiary, LegacyWeight } from "@/domain/legacy/rows";
import type { UpsertSpec } from "../db/upsert-rows";

/** How each old table lands in the new one: columns, casts and natural key. */

export const taskSpec: UpsertSpec<PlannedTask> = {
  table: "tasks",
  key: "id",
  identity: true,
  touch: "updated_at",
  columns: [
    { name: "id", type: "bigint" },
    { name: "title", type: "text" },
    { name: "period", type: "text" },
    { name: "target_count", type: "integer" },
    { name: "active", type: "boolean" },
    { name: "sort_order", type: "integer" },
    { name: "scheduled_date", type: "date" },
    { name: "archived_at", type: "timestamptz" },
    { name: "created_at", type: "timestamptz" },
  ],
  values: (task) => [
    task.id,
    task.title,
    task.period,
    task.targetCount,
    task.active,
    task.sortOrder,
    task.scheduledDate,
    task.archivedAt?.toISOString() ?? null,
    task.createdAt.toISOString(),
  ],
};

export const completionSpec: UpsertSpec<PlannedCompletion> = {
  table: "completions",
  key: "id",
  identity: true,
  columns: [
    { name: "id", type: "bigint" },
    { name: "task_id", type: "bigint" },
    { name: "title_snapshot", type: "text" },
    { name: "date", type: "date" },
    { name: "created_at", type: "timestamptz" },
  ],
  values: (completion) => [
    completion.id,
    completion.taskId,
    completion.titleSnapshot,
    completion.date,
    completion.createdAt.toISOString(),
  ],
};

export const calorieSpec: UpsertSpec<LegacyCalorie> = {
  table: "calorie_entries",
  key: "date",
  touch: "updated_at",
  columns: [
    { name: "date", type: "date" },
    { name: "calories", type: "integer" },
  ],
  values: (entry) => [entry.date, entry.calories],
};

export const weightSpec: UpsertSpec<LegacyWeight> = {
  table: "weight_entries",
  key: "date",
  touch: "updated_at",
  columns: [
    { name: "date", type: "date" },
    { name: "weight", type: "numeric" },
  ],
  // The shortest text that reads back as the stored double: 81.2345, not 81.23449999….
  values: (entry) => [entry.date, String(entry.weight)],
};

export const diarySpec: UpsertSpec<LegacyDiary> = {
  table: "diary_entries",
  key: "date",
  touch: "updated_at",
  columns: [
    { name: "date", type: "date" },
    { name: "content", type: "text" },
  ],
  values: (entry) => [entry.date, entry.content],
};

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
