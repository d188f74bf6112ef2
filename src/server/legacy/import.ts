import type { DataSource } from "typeorm";
import type { ImportFix } from "@/domain/legacy/plan";
import type { LegacyTableName } from "@/domain/legacy/rows";
import type { SkippedSetting } from "@/domain/legacy/settings-map";
import { planImport } from "./import-plan";
import { parseLegacyFile, type LegacyShape } from "./parse-file";
import { readSqliteFile } from "./sqlite-file";
import {
  IDENTITY_TABLES,
  raiseIdentity,
  upsertRows,
  type Progress,
  type UpsertCounts,
  type UpsertSpec,
} from "../db/upsert-rows";
import { validateImport, type ImportCheck } from "./validate";
import { writeOwner } from "./write-owner";
import * as specs from "./write-tables";

export interface TableReport extends UpsertCounts {
  table: LegacyTableName;
  inFile: number;
  orphans: number;
  fixed: number;
  notImported: number;
}

export interface ImportReport extends Omit<LegacyShape, "inFile"> {
  tables: TableReport[];
  fixes: ImportFix[];
  skippedSettings: SkippedSetting[];
  /** The database's owner id when it differed from the file's (that row was kept). */
  keptOwnerId: string | null;
  checks: ImportCheck[];
}

export interface ImportOptions {
  now?: Date;
  onProgress?: (progress: Progress) => void;
}

/** Reads and checks the whole old file without touching any database. */
export async function readLegacyFile(fileBytes: Uint8Array) {
  return parseLegacyFile(await readSqliteFile(fileBytes));
}

/**
 * The one-time migration from the old app's tracker.db: reads and checks the whole file, then
 * writes every table in one transaction (a failure leaves the database as it was), keeping
 * ids, and validates counts, links, identities and indexes afterwards.
 */
export async function importLegacyDatabase(
  dataSource: DataSource,
  fileBytes: Uint8Array,
  { now = new Date(), onProgress }: ImportOptions = {},
): Promise<ImportReport> {
  const { data, shape } = await readLegacyFile(fileBytes);
  const planned = planImport(data, now);
  const written = await dataSource.transaction(async (manager) => {
    const upsert = <T>(spec: UpsertSpec<T>, rows: readonly T[]) =>
      upsertRows(manager, spec, rows, now, onProgress);
    const owner = await writeOwner(manager, planned.owner);
    const tasks = await upsert(specs.taskSpec, planned.tasks);
    const completions = await upsert(specs.completionSpec, planned.completions);
    const calories = await upsert(specs.calorieSpec, planned.calories);
    const weights = await upsert(specs.weightSpec, planned.weights);
    const diary = await upsert(specs.diarySpec, planned.diary);
    const settings = await upsert(specs.settingSpec, planned.settings);
    for (const table of IDENTITY_TABLES) await raiseIdentity(manager, table);
    return { owner, tasks, completions, calories, weights, diary, settings };
  });
  const fixedIn = (table: LegacyTableName) =>
    new Set(planned.fixes.filter((fix) => fix.table === table).map((fix) => fix.key)).size;
  const row = (table: LegacyTableName, counts: UpsertCounts, extra: Partial<TableReport> = {}) => ({
    table,
    inFile: shape.inFile[table],
    ...counts,
    orphans: 0,
    fixed: fixedIn(table),
    notImported: 0,
    ...extra,
  });
  const { owner } = written;
  const tables: TableReport[] = [
    row("users", owner, { notImported: Math.max(0, shape.inFile.users - 1) }),
    row("tasks", written.tasks),
    row("completions", written.completions, { orphans: planned.orphans }),
    row("calorie_entries", written.calories),
    row("weight_entries", written.weights),
    row("diary_entries", written.diary),
    row("settings", written.settings, { notImported: planned.mapped.skipped.length }),
  ];
  const checks = await validateImport(dataSource, {
    users: planned.owner ? 1 : shape.inFile.users,
    tasks: planned.tasks.length,
    completions: planned.completions.length,
    orphans: planned.orphans,
    calorie_entries: planned.calories.length,
    weight_entries: planned.weights.length,
    diary_entries: planned.diary.length,
    settingKeys: planned.settings.map((setting) => setting.key),
  });
  const { missingTables, extraTables, extraColumns } = shape;
  return {
    tables,
    fixes: planned.fixes,
    skippedSettings: planned.mapped.skipped,
    keptOwnerId: owner.keptOwnerId,
    missingTables,
    extraTables,
    extraColumns,
    checks,
  };
}
