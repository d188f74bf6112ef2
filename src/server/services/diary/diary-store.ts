import type { DataSource, EntityManager } from "typeorm";

type Db = DataSource | EntityManager;

export interface StoredDiaryEntry {
  date: string;
  content: string;
  updatedAt: string;
}

const ENTRY_COLUMNS = `to_char(date, 'YYYY-MM-DD') AS date, content,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

export async function upsertDiaryEntry(db: Db, date: string, content: string): Promise<string> {
  const rows: Array<{ updatedAt: string }> = await db.query(
    `INSERT INTO diary_entries (date, content) VALUES ($1::date, $2::text)
     ON CONFLICT (date) DO UPDATE SET content = EXCLUDED.content, updated_at = now()
     RETURNING ${ENTRY_COLUMNS}`,
    [date, content],
  );
  return rows[0]?.updatedAt ?? "";
}

export async function deleteDiaryEntry(db: Db, date: string): Promise<void> {
  await db.query(
    `WITH removed AS (DELETE FROM diary_entries WHERE date = $1::date RETURNING date)
     SELECT date FROM removed`,
    [date],
  );
}

export async function getDiaryEntry(db: Db, date: string): Promise<StoredDiaryEntry | null> {
  const rows: StoredDiaryEntry[] = await db.query(
    `SELECT ${ENTRY_COLUMNS} FROM diary_entries WHERE date = $1::date`,
    [date],
  );
  return rows[0] ?? null;
}

/** Entries from `from` to `to` (both included), newest first. */
export async function listDiaryEntries(
  db: Db,
  from: string,
  to: string,
): Promise<StoredDiaryEntry[]> {
  return db.query(
    `SELECT ${ENTRY_COLUMNS} FROM diary_entries
      WHERE date BETWEEN $1::date AND $2::date ORDER BY date DESC`,
    [from, to],
  );
}

/** Every month that has entries ("YYYY-MM"), newest first, with its entry count. */
export async function listDiaryMonths(db: Db): Promise<Array<{ month: string; entries: number }>> {
  const rows: Array<{ month: string; entries: string }> = await db.query(
    `SELECT to_char(date, 'YYYY-MM') AS month, count(*) AS entries
       FROM diary_entries GROUP BY 1 ORDER BY 1 DESC`,
  );
  return rows.map((row) => ({ month: row.month, entries: Number(row.entries) }));
}
