import type { DataSource, EntityManager } from "typeorm";
import { z } from "zod";

/** A database handle: the DataSource, or a transaction's EntityManager. */
export type Db = DataSource | EntityManager;

/** What running SQL needs: either handle runs it the same way. */
export type Queryable = Pick<Db, "query">;

/**
 * The one boundary where SQL rows become app values: runs the statement and checks every row
 * against `schema`, so a changed column or driver type fails loudly here instead of spreading
 * as a wrong type. Every parameter is cast in the SQL itself (`$1::date`), so the statements
 * also work through the Data API, which sends parameters as text.
 */
export async function selectRows<S extends z.ZodType>(
  db: Queryable,
  schema: S,
  sql: string,
  parameters: unknown[] = [],
): Promise<Array<z.infer<S>>> {
  const rows: unknown = await db.query(sql, parameters);
  if (!Array.isArray(rows)) throw new Error("Expected rows from a SELECT or a RETURNING CTE");
  return z.array(schema).parse(rows);
}

/** The first row of `selectRows`, or null. */
export async function selectRow<S extends z.ZodType>(
  db: Queryable,
  schema: S,
  sql: string,
  parameters: unknown[] = [],
): Promise<z.infer<S> | null> {
  const [row] = await selectRows(db, schema, sql, parameters);
  return row ?? null;
}

/**
 * A row schema whose keys are properties of the entity `E` (SQL selects them `AS "propertyName"`),
 * so renaming an entity column breaks the row schema at compile time.
 */
export function entityRowSchema<E>() {
  return <Shape extends { [K in keyof E]?: z.ZodType }>(
    shape: Shape & Record<Exclude<keyof Shape, keyof E>, never>,
  ) => z.object(shape);
}

/** Column types as they come back from `pg` and the Data API driver alike. */
export const column = {
  /** `bigint` ids, selected `::text`. */
  id: z.string(),
  /** `integer` and `count(*)::integer`; some drivers hand numbers back as text. */
  integer: z.coerce.number().int(),
  /** `numeric` selected `::text` (kept exact until converted). */
  numeric: z.coerce.number(),
  /** `date` selected `::text`: "YYYY-MM-DD". */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** `timestamptz` selected as UTC ISO text by `utcInstant`. */
  instant: z.string(),
  text: z.string(),
  boolean: z.boolean(),
} as const;

/** A `timestamptz` column as UTC ISO text, the same on every driver. */
export function utcInstant(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
