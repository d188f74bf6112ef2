import type { DataSource } from "typeorm";

/** Tables, columns, constraints and indexes of the public schema, in a stable order. */
export async function describeSchema(db: DataSource): Promise<string[]> {
  const columns: Array<Record<string, string>> = await db.query(`
    SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') AS dflt,
           coalesce(numeric_precision::text, '') AS prec, coalesce(numeric_scale::text, '') AS scale
      FROM information_schema.columns WHERE table_schema = 'public'
     ORDER BY table_name, column_name`);
  const constraints: Array<Record<string, string>> = await db.query(`
    SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`);
  const indexes: Array<Record<string, string>> = await db.query(`
    SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`);
  return [
    ...columns.map((c) => `column ${Object.values(c).join(" ")}`),
    ...constraints.map((c) => `constraint ${c.tbl} ${c.conname} ${c.def}`),
    ...indexes.map((i) => `index ${i.tablename} ${i.indexname} ${i.indexdef}`),
  ];
}
