import type { z } from "zod";
import {
  LEGACY_TABLE_NAMES,
  LEGACY_TABLES,
  type LegacyCalorie,
  type LegacyCompletion,
  type LegacyDiary,
  type LegacySetting,
  type LegacyTableName,
  type LegacyTask,
  type LegacyUser,
  type LegacyWeight,
} from "@/domain/legacy/rows";
import { LegacyFileError } from "./errors";
import type { SqliteFile, SqliteTable } from "./sqlite-file";

/** The old file's rows, each checked against its table's schema. */
export interface LegacyData {
  users: LegacyUser[];
  tasks: LegacyTask[];
  completions: LegacyCompletion[];
  calorie_entries: LegacyCalorie[];
  weight_entries: LegacyWeight[];
  diary_entries: LegacyDiary[];
  settings: LegacySetting[];
}

/** What the file held besides its rows: names only, never values. */
export interface LegacyShape {
  inFile: Record<LegacyTableName, number>;
  missingTables: LegacyTableName[];
  extraTables: string[];
  extraColumns: Array<{ table: LegacyTableName; column: string }>;
}

/** Checks every row of one table; the first bad one stops the import with table, row, column. */
function parseTable<S extends z.ZodType>(
  name: LegacyTableName,
  table: SqliteTable | undefined,
  schema: S,
): Array<z.infer<S>> {
  return (table?.rows ?? []).map((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const [issue] = parsed.error.issues;
    const column = issue?.path[0];
    const where = column === undefined ? "" : ` column "${String(column)}"`;
    const problem =
      issue?.code === "invalid_type" ? "is missing or of the wrong type" : issue?.message;
    throw new LegacyFileError(
      `Row ${index + 1} of table "${name}" cannot be imported:${where} ${problem ?? "is invalid"}.`,
    );
  });
}

export function parseLegacyFile(file: SqliteFile): { data: LegacyData; shape: LegacyShape } {
  const known = new Set<string>(LEGACY_TABLE_NAMES);
  if (!file.tables.has("tasks") && !file.tables.has("users")) {
    throw new LegacyFileError(
      "The file is an SQLite database but not the old tracker's: it has no users or tasks table.",
    );
  }
  const table = (name: LegacyTableName) => file.tables.get(name);
  const data: LegacyData = {
    users: parseTable("users", table("users"), LEGACY_TABLES.users.schema),
    tasks: parseTable("tasks", table("tasks"), LEGACY_TABLES.tasks.schema),
    completions: parseTable("completions", table("completions"), LEGACY_TABLES.completions.schema),
    calorie_entries: parseTable(
      "calorie_entries",
      table("calorie_entries"),
      LEGACY_TABLES.calorie_entries.schema,
    ),
    weight_entries: parseTable(
      "weight_entries",
      table("weight_entries"),
      LEGACY_TABLES.weight_entries.schema,
    ),
    diary_entries: parseTable(
      "diary_entries",
      table("diary_entries"),
      LEGACY_TABLES.diary_entries.schema,
    ),
    settings: parseTable("settings", table("settings"), LEGACY_TABLES.settings.schema),
  };
  const extraColumns = LEGACY_TABLE_NAMES.flatMap((name) => {
    const expected = new Set<string>(LEGACY_TABLES[name].columns);
    return (table(name)?.columns ?? [])
      .filter((column) => !expected.has(column))
      .map((column) => ({ table: name, column }));
  });
  const inFile = Object.fromEntries(
    LEGACY_TABLE_NAMES.map((name) => [name, table(name)?.rows.length ?? 0]),
  ) as Record<LegacyTableName, number>;
  const shape: LegacyShape = {
    inFile,
    missingTables: LEGACY_TABLE_NAMES.filter((name) => !file.tables.has(name)),
    extraTables: [...file.tables.keys()].filter((name) => !known.has(name)).sort(),
    extraColumns,
  };
  return { data, shape };
}
