import type {
  ExportedCalories,
  ExportedCompletion,
  ExportedDiary,
  ExportedTask,
  ExportedWeight,
} from "@/schemas/data-export";
import type { UpsertSpec } from "../../db/upsert-rows";

/** How each list of the export document lands in its table: columns, casts, natural key. */

const taskSpec: UpsertSpec<ExportedTask> = {
  table: "tasks",
  key: "id",
  identity: true,
  touch: "updated_at",
  columns: [
    { name: "id", type: "bigint" },
    { name: "title", type: "text" },
    { name: "unit", type: "text" },
    { name: "period", type: "text" },
    { name: "target_count", type: "integer" },
    { name: "active", type: "boolean" },
    { name: "sort_order", type: "integer" },
    { name: "scheduled_date", type: "date" },
    { name: "created_at", type: "timestamptz" },
    { name: "archived_at", type: "timestamptz" },
  ],
  values: (t) => [
    t.id,
    t.title,
    t.unit,
    t.period,
    t.targetCount,
    t.active,
    t.sortOrder,
    t.scheduledDate,
    t.createdAt,
    t.archivedAt,
  ],
};

const completionSpec: UpsertSpec<ExportedCompletion> = {
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
  values: (c) => [c.id, c.taskId, c.titleSnapshot, c.date, c.createdAt],
};

const calorieSpec: UpsertSpec<ExportedCalories> = {
  table: "calorie_entries",
  key: "date",
  touch: "updated_at",
  columns: [
    { name: "date", type: "date" },
    { name: "calories", type: "integer" },
  ],
  values: (c) => [c.date, c.calories],
};

const weightSpec: UpsertSpec<ExportedWeight> = {
  table: "weight_entries",
  key: "date",
  touch: "updated_at",
  columns: [
    { name: "date", type: "date" },
    { name: "weight", type: "numeric" },
  ],
  // As text, so the number reaches numeric(8,4) with exactly the digits it has.
  values: (w) => [w.date, String(w.weightKg)],
};

const diarySpec: UpsertSpec<ExportedDiary> = {
  table: "diary_entries",
  key: "date",
  touch: "updated_at",
  columns: [
    { name: "date", type: "date" },
    { name: "content", type: "text" },
  ],
  values: (d) => [d.date, d.content],
};

export const IMPORT_SPECS = {
  tasks: taskSpec,
  completions: completionSpec,
  calories: calorieSpec,
  weights: weightSpec,
  diary: diarySpec,
};

/** Replace empties these (children first); the owner's account and sign-in state stay. */
export const REPLACED_TABLES = [
  "completions",
  "tasks",
  "calorie_entries",
  "weight_entries",
  "diary_entries",
  "settings",
] as const;
