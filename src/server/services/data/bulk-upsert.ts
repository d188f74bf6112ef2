import { z } from "zod";
import { column, selectRow, type Queryable } from "../../db/rows";

/** A column the import writes, with the SQL type its text parameter is cast to. */
export interface ImportColumn {
  name: string;
  cast: "bigint" | "text" | "integer" | "boolean" | "date" | "numeric" | "timestamptz";
}

export interface ImportTable {
  table: string;
  /** The natural key: merge matches rows on it. */
  key: string[];
  columns: ImportColumn[];
  /** Ids are kept from the file, so identity columns are written explicitly. */
  identity: boolean;
  /** Tables with `updated_at`: a changed row gets the time of the import. */
  updatedAt: boolean;
}

export interface WriteCounts {
  added: number;
  updated: number;
}

const countsSchema = z.object({ added: column.integer, updated: column.integer });

/** Parameters per statement: far below PostgreSQL's 65,535 and small for the Data API. */
const MAX_PARAMETERS = 900;

export function batchSize(spec: ImportTable): number {
  return Math.max(1, Math.floor(MAX_PARAMETERS / spec.columns.length));
}

/** The stored value as the export writes it: instants to the millisecond. */
function storedValue(spec: ImportTable, name: string): string {
  const cast = spec.columns.find((c) => c.name === name)?.cast;
  const stored = `${spec.table}.${name}`;
  return cast === "timestamptz" ? `date_trunc('milliseconds', ${stored})` : stored;
}

/**
 * Inserts `rows` (values in `spec.columns` order) or updates the rows with the same key, in one
 * statement. A row equal to the stored one is left alone, so importing a file twice changes
 * nothing; `xmax = 0` tells an inserted row from an updated one.
 */
export async function upsertBatch(
  db: Queryable,
  spec: ImportTable,
  rows: unknown[][],
): Promise<WriteCounts> {
  if (rows.length === 0) return { added: 0, updated: 0 };
  const names = spec.columns.map((c) => c.name);
  const parameters: unknown[] = [];
  const values = rows.map((row) => {
    const cells = spec.columns.map((c, index) => {
      parameters.push(row[index]);
      return `$${parameters.length}::${c.cast}`;
    });
    return `(${cells.join(", ")})`;
  });
  const changing = names.filter((name) => !spec.key.includes(name));
  const assignments = changing.map((name) => `${name} = EXCLUDED.${name}`);
  if (spec.updatedAt) assignments.push("updated_at = now()");
  const conflict =
    changing.length === 0
      ? "DO NOTHING"
      : `DO UPDATE SET ${assignments.join(", ")}
         WHERE (${changing.map((name) => storedValue(spec, name)).join(", ")})
           IS DISTINCT FROM (${changing.map((name) => `EXCLUDED.${name}`).join(", ")})`;
  const counts = await selectRow(
    db,
    countsSchema,
    `WITH input (${names.join(", ")}) AS (VALUES ${values.join(", ")}),
     saved AS (
       INSERT INTO ${spec.table} (${names.join(", ")})
       ${spec.identity ? "OVERRIDING SYSTEM VALUE" : ""}
       SELECT ${names.join(", ")} FROM input
       ON CONFLICT (${spec.key.join(", ")}) ${conflict}
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::integer AS added,
            count(*) FILTER (WHERE NOT inserted)::integer AS updated
       FROM saved`,
    parameters,
  );
  return counts ?? { added: 0, updated: 0 };
}

/** After ids were written explicitly: the next generated id is past every stored one. */
export async function raiseIdentity(db: Queryable, table: string): Promise<void> {
  await db.query(
    `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST(
       (SELECT COALESCE(max(id), 0) FROM ${table}),
       COALESCE(pg_sequence_last_value(pg_get_serial_sequence('${table}', 'id')::regclass), 0),
       1))`,
  );
}
