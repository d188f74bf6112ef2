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

/** A table of one value per calendar day: the day is the key. */
function daySpec<T extends { date: string }>(
  table: string,
  value: UpsertSpec<T>["columns"][number],
  toValue: (row: T) => unknown,
): UpsertSpec<T> {
  return {
    table,
    key: "date",
    touch: "updated_at",
    columns: [{ name: "date", type: "date" }, value],
    values: (row) => [row.date, toValue(row)],
  };
}

const calorieSpec = daySpec<ExportedCalories>(
  "calorie_entries",
  { name: "calories", type: "integer" },
  (c) => c.calories,
);
// As text, so the number reaches numeric(8,4) with exactly the digits it has.
const weightSpec = daySpec<ExportedWeight>(
  "weight_entries",
  { name: "weight", type: "numeric" },
  (w) => String(w.weightKg),
);
const diarySpec = daySpec<ExportedDiary>(
  "diary_entries",
  { name: "content", type: "text" },
  (d) => d.content,
);

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
