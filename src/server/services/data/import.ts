import { z } from "zod";
import type { ImportMode } from "@/domain/data/import";
import type { EntityCounts, ImportReport } from "@/types/data";
import { column, selectRows, type Db, type Queryable } from "../../db/rows";
import { readStoredSettings, writeSettings } from "../../settings/settings-store";
import { raiseIdentity, upsertRows, type UpsertSpec } from "../../db/upsert-rows";
import { asOnlyImport, claimImportLock } from "./import-lock";
import { IMPORT_SPECS, REPLACED_TABLES } from "./import-tables";
import { RejectedRowsError, parseExportDocument, type ParsedDocument } from "./parse-document";

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOptions {
  mode: ImportMode;
  onProgress?: (progress: ImportProgress) => void;
}

async function importSettings(db: Db, settings: ParsedDocument["settings"]): Promise<EntityCounts> {
  const before: Record<string, unknown> = await readStoredSettings(db);
  const entries = Object.entries(settings);
  const changed = entries.filter(
    ([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value),
  );
  await writeSettings(db, Object.fromEntries(changed));
  const added = changed.filter(([key]) => before[key] === undefined).length;
  return { added, updated: changed.length - added, unchanged: entries.length - changed.length };
}

/** A completion must point at a task in the file or in the database, or at none. */
async function checkCompletionTasks(db: Queryable, doc: ParsedDocument): Promise<void> {
  const stored = await selectRows(
    db,
    z.object({ id: column.id }),
    "SELECT id::text AS id FROM tasks",
  );
  const known = new Set(stored.map((row) => row.id));
  const rejected = doc.completions.flatMap((completion, index) =>
    completion.taskId === null || known.has(completion.taskId)
      ? []
      : [
          {
            entity: "completions" as const,
            index,
            key: completion.id,
            reason: `It belongs to task ${completion.taskId}, which is neither in the file nor in Tracker.`,
          },
        ],
  );
  if (rejected.length > 0) throw new RejectedRowsError(rejected);
}

async function removeEverything(db: Queryable): Promise<number> {
  let removed = 0;
  for (const table of REPLACED_TABLES) {
    const rows = await selectRows(
      db,
      z.object({ n: column.integer }),
      `WITH gone AS (DELETE FROM ${table} RETURNING 1) SELECT count(*)::integer AS n FROM gone`,
    );
    removed += rows[0]?.n ?? 0;
  }
  return removed;
}

/** Checks the whole file, then imports it: see `writeImport`. */
export async function importData(
  db: Db,
  text: string,
  options: ImportOptions,
  now: Date,
): Promise<ImportReport> {
  return writeImport(db, parseExportDocument(text), options, now);
}

/**
 * Imports a checked document in one transaction: everything or nothing. Merge matches rows on
 * their natural key (ids for tasks and completions, the day for day entries, the key for
 * settings), so the same file twice changes nothing; replace empties the data first. One
 * import at a time (import-lock.ts): a second one while it runs is refused with 409.
 */
export async function writeImport(
  db: Db,
  doc: ParsedDocument,
  options: ImportOptions,
  now: Date,
): Promise<ImportReport> {
  const total = doc.rowCount;
  let before = 0;
  const report = (done: number) => options.onProgress?.({ done: before + done, total });
  report(0);
  return asOnlyImport(() =>
    db.transaction(async (tx) => {
      await claimImportLock(tx);
      const write = async <T>(spec: UpsertSpec<T>, rows: T[]): Promise<EntityCounts> => {
        const counts = await upsertRows(tx, spec, rows, now, ({ done }) => report(done));
        before += rows.length;
        return counts;
      };
      const removed = options.mode === "replace" ? await removeEverything(tx) : 0;
      const settings = await importSettings(tx, doc.settings);
      before += Object.keys(doc.settings).length;
      report(0);
      const tasks = await write(IMPORT_SPECS.tasks, doc.tasks);
      await checkCompletionTasks(tx, doc);
      const completions = await write(IMPORT_SPECS.completions, doc.completions);
      const calories = await write(IMPORT_SPECS.calories, doc.calories);
      const weights = await write(IMPORT_SPECS.weights, doc.weights);
      const diary = await write(IMPORT_SPECS.diary, doc.diary);
      await raiseIdentity(tx, "tasks");
      await raiseIdentity(tx, "completions");
      const entities = { settings, tasks, completions, calories, weights, diary };
      return {
        mode: options.mode,
        formatVersion: doc.formatVersion,
        rowCount: total,
        entities,
        removed,
      };
    }),
  );
}
