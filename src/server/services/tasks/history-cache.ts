import { z } from "zod";
import { column, selectRow, type Queryable } from "../../db/rows";

/**
 * What is computed from the whole task history (best streaks), kept per database handle under
 * the history version: the `history_version` counter that every write to tasks or completions
 * moves on in its own transaction (see the HistoryVersion migration). Read the version BEFORE
 * the data: a write committed in between then leaves the entry under the older version, which
 * no later request asks for. Each process (or Lambda instance) keeps its own small cache; the
 * version in the database keeps them all right.
 */
const MAX_ENTRIES = 8;
const caches = new WeakMap<object, Map<string, unknown>>();

const versionSchema = z.object({ version: column.id });

/** The current history version as a digit string; null if its row is missing (never cache). */
export async function readHistoryVersion(db: Queryable): Promise<string | null> {
  const row = await selectRow(
    db,
    versionSchema,
    `SELECT version::text AS version FROM history_version`,
  );
  return row?.version ?? null;
}

/**
 * The value cached under `key` at history `version` for this database handle, computed by
 * `compute` on a miss (and every time when there is no version).
 */
export async function cachedByHistory<Value>(
  db: Queryable,
  version: string | null,
  key: string,
  compute: () => Promise<Value>,
): Promise<Value> {
  if (version === null) return compute();
  const entry = `${version}|${key}`;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  if (cache.has(entry)) return cache.get(entry) as Value;
  const value = await compute();
  cache.set(entry, value);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}
