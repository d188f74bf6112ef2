import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from "sql.js";
import { LegacyFileError } from "./errors";

/** One table of the old file, as SQLite hands it over. */
export interface SqliteTable {
  columns: string[];
  rows: Array<Record<string, SqlValue>>;
}

export interface SqliteFile {
  /** Every user table, by lower-case name. */
  tables: Map<string, SqliteTable>;
}

const MAGIC = "SQLite format 3\u0000";
let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js is SQLite compiled to WASM: no native build, and it runs on Node 20. */
function loadSqlJs(): Promise<SqlJsStatic> {
  const wasm = require.resolve("sql.js/dist/sql-wasm.wasm");
  sqlJs ??= initSqlJs({ locateFile: () => wasm });
  return sqlJs;
}

/** The header's own page size and count (when they are current), so truncation is caught. */
function checkHeader(bytes: Uint8Array): void {
  const magic = new TextDecoder("latin1").decode(bytes.subarray(0, 16));
  if (bytes.length < 100 || magic !== MAGIC) {
    throw new LegacyFileError("The file is not an SQLite database (tracker.db) of the old app.");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = view.getUint32(28);
  const countIsCurrent = view.getUint32(24) === view.getUint32(92);
  if (countIsCurrent && pageCount > 0 && pageCount * pageSize > bytes.length) {
    throw new LegacyFileError(
      `The file is truncated: it holds ${bytes.length} bytes of ${pageCount * pageSize}.`,
    );
  }
}

function readTable(database: Database, name: string): SqliteTable {
  const quoted = `"${name.replace(/"/g, '""')}"`;
  const info = database.exec(`PRAGMA table_info(${quoted})`)[0];
  const columns = (info?.values ?? []).map((row) => String(row[1]));
  const rows: Array<Record<string, SqlValue>> = [];
  const statement = database.prepare(`SELECT * FROM ${quoted}`);
  try {
    while (statement.step()) rows.push(statement.getAsObject());
  } finally {
    statement.free();
  }
  return { columns, rows };
}

function readAll(database: Database): SqliteFile {
  const check = database.exec("PRAGMA quick_check")[0]?.values[0]?.[0];
  if (check !== "ok") throw new LegacyFileError("The file is damaged: SQLite's check failed.");
  const names = database.exec(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
  )[0];
  const tables = new Map<string, SqliteTable>();
  for (const [name] of names?.values ?? []) {
    tables.set(String(name).toLowerCase(), readTable(database, String(name)));
  }
  return { tables };
}

/** Reads the whole old file into memory, refusing anything that is not an intact SQLite file. */
export async function readSqliteFile(bytes: Uint8Array): Promise<SqliteFile> {
  checkHeader(bytes);
  const SQL = await loadSqlJs();
  let database: Database | undefined;
  try {
    database = new SQL.Database(bytes);
    return readAll(database);
  } catch (error) {
    if (error instanceof LegacyFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new LegacyFileError(`The file is damaged and cannot be read (SQLite: ${reason}).`);
  } finally {
    database?.close();
  }
}
