import type { DataSource, EntityManager } from "typeorm";

/** A DataSource or a transaction's EntityManager: both run SQL the same way. */
export type Queryable = Pick<DataSource | EntityManager, "query">;

/**
 * Runs SQL and returns its rows. Every parameter is cast in the SQL itself (`$1::date`), so
 * the statements also work through the Data API, which sends parameters as text.
 */
export async function selectRows<Row>(
  db: Queryable,
  sql: string,
  parameters: unknown[] = [],
): Promise<Row[]> {
  const rows: unknown = await db.query(sql, parameters);
  if (!Array.isArray(rows)) throw new Error("Expected rows from a SELECT or a RETURNING CTE");
  return rows as Row[];
}
