import { Client } from "pg";

const SEGMENT = 16 * 2 ** 20;
const PAGE = 8192;
const PAGE_HEADER = 24;
/** What stays free in the segment: room for a few small writes, less than a full-page image. */
const LEFT = 6 * 1024;

/** Where the next WAL record goes: the byte offset in the current 16 MB segment. */
async function segmentOffset(client: Client): Promise<number> {
  const { rows } = await client.query<{ offset: number }>(
    "SELECT (pg_walfile_name_offset(pg_current_wal_insert_lsn())).file_offset::int AS offset",
  );
  return rows[0]?.offset ?? 0;
}

/**
 * Fills the running app's current WAL segment up to a few KB from its end with a logical
 * message (no table changes), through the embedded database's socket in `dataDir`. The next
 * writes then need a new segment file: on a full disk, the WAL write PostgreSQL cannot do.
 * Returns the bytes left in the segment.
 */
export async function fillWalSegment(dataDir: string): Promise<number> {
  const client = new Client({ host: dataDir, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    const left = SEGMENT - (await segmentOffset(client));
    const headers = Math.ceil(left / PAGE) * PAGE_HEADER;
    const size = left - headers - LEFT;
    if (size > 0) {
      await client.query(
        "SELECT pg_logical_emit_message(false, 'disk-full test', repeat('x', $1))",
        [size],
      );
    }
    return SEGMENT - (await segmentOffset(client));
  } finally {
    await client.end();
  }
}
