import type { ParsedDocument } from "./parse-document";
import type { ImportTable } from "./bulk-upsert";

type RowEntity = Exclude<keyof ParsedDocument, "formatVersion" | "settings" | "rowCount">;

/** Each document list, the table it fills, and its row as the table's values. */
interface EntityTable<E extends RowEntity> {
  spec: ImportTable;
  values(row: ParsedDocument[E][number]): unknown[];
}

const dayTable = (table: string, value: ImportTable["columns"][number]): ImportTable => ({
  table,
  key: ["date"],
  columns: [{ name: "date", cast: "date" }, value],
  identity: false,
  updatedAt: true,
});

export const IMPORT_TABLES: { [E in RowEntity]: EntityTable<E> } = {
  tasks: {
    spec: {
      table: "tasks",
      key: ["id"],
      columns: [
        { name: "id", cast: "bigint" },
        { name: "title", cast: "text" },
        { name: "unit", cast: "text" },
        { name: "period", cast: "text" },
        { name: "target_count", cast: "integer" },
        { name: "active", cast: "boolean" },
        { name: "sort_order", cast: "integer" },
        { name: "scheduled_date", cast: "date" },
        { name: "created_at", cast: "timestamptz" },
        { name: "archived_at", cast: "timestamptz" },
      ],
      identity: true,
      updatedAt: true,
    },
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
  },
  completions: {
    spec: {
      table: "completions",
      key: ["id"],
      columns: [
        { name: "id", cast: "bigint" },
        { name: "task_id", cast: "bigint" },
        { name: "title_snapshot", cast: "text" },
        { name: "date", cast: "date" },
        { name: "created_at", cast: "timestamptz" },
      ],
      identity: true,
      updatedAt: false,
    },
    values: (c) => [c.id, c.taskId, c.titleSnapshot, c.date, c.createdAt],
  },
  calories: {
    spec: dayTable("calorie_entries", { name: "calories", cast: "integer" }),
    values: (c) => [c.date, c.calories],
  },
  weights: {
    // As text, so the number reaches numeric(8,4) with exactly the digits it has.
    spec: dayTable("weight_entries", { name: "weight", cast: "numeric" }),
    values: (w) => [w.date, String(w.weightKg)],
  },
  diary: {
    spec: dayTable("diary_entries", { name: "content", cast: "text" }),
    values: (d) => [d.date, d.content],
  },
};

export const ROW_ENTITIES = ["tasks", "completions", "calories", "weights", "diary"] as const;

/** Replace empties these (children first); the owner's account and sign-in state stay. */
export const REPLACED_TABLES = [
  "completions",
  "tasks",
  "calorie_entries",
  "weight_entries",
  "diary_entries",
  "settings",
] as const;

/** The document's rows of `entity` as its table's values, in `spec.columns` order. */
export function tableValues<E extends RowEntity>(doc: ParsedDocument, entity: E): unknown[][] {
  // TypeScript cannot correlate the entity with its row type through the mapped table.
  const values = IMPORT_TABLES[entity].values as (row: ParsedDocument[E][number]) => unknown[];
  return (doc[entity] as Array<ParsedDocument[E][number]>).map(values);
}
