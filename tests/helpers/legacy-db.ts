import bcrypt from "bcryptjs";
import initSqlJs, { type Database, type SqlValue } from "sql.js";

/**
 * Builds an old-app tracker.db with sql.js, the way the old app wrote it: camelCase columns,
 * 0/1 booleans, "YYYY-MM-DD" days and instants in all three forms (SQLite datetime text, ISO
 * text, epoch milliseconds), plus the odd rows real files hold (a deleted task's completions,
 * an archived task, one-off tasks without a day, a renamed task, RTL text, emoji, HTML, an
 * empty diary entry, an unknown column, an unknown table and an unknown setting).
 */

export const LEGACY_PASSWORD = "old tracker password";
export const FIRST_DAY = "2023-01-01";
export const DELETED_TASK_ID = 4;

export interface FixtureRow {
  [column: string]: SqlValue;
}

export interface LegacyFixture {
  bytes: Uint8Array;
  passwordHash: string;
  tasks: FixtureRow[];
  completions: FixtureRow[];
  calories: FixtureRow[];
  weights: FixtureRow[];
  diary: FixtureRow[];
  settings: FixtureRow[];
}

const SCHEMA = `
  CREATE TABLE users (id INTEGER PRIMARY KEY, passwordHash TEXT NOT NULL, createdAt DEFAULT (datetime('now')));
  CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, period TEXT NOT NULL,
    targetCount INTEGER DEFAULT 1, active INTEGER DEFAULT 1, sortOrder INTEGER DEFAULT 0,
    scheduledDate TEXT, createdAt DEFAULT (datetime('now')), color TEXT);
  CREATE TABLE completions (id INTEGER PRIMARY KEY AUTOINCREMENT, taskId INTEGER, titleSnapshot TEXT,
    date TEXT NOT NULL, createdAt DEFAULT (datetime('now')));
  CREATE TABLE calorie_entries (date TEXT PRIMARY KEY, calories INTEGER NOT NULL);
  CREATE TABLE weight_entries (date TEXT PRIMARY KEY, weight REAL NOT NULL);
  CREATE TABLE diary_entries (date TEXT PRIMARY KEY, content TEXT);
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
  CREATE TABLE reminders (id INTEGER PRIMARY KEY, taskId INTEGER, time TEXT);
`;

/** [id, title, period, targetCount, active, sortOrder, scheduledDate, per-day chance]. */
const TASKS: Array<[number, string, string, number, number, number, string | null, number]> = [
  [1, "Drink water 💧", "daily", 8, 1, 0, null, 0.9],
  [2, "Read 📚 books", "weekly", 3, 1, 1, null, 0.4],
  [3, "Gym <strong>hard</strong>", "monthly", 4, 1, 2, null, 0.15],
  [5, "قراءة القرآن", "daily", 1, 1, 3, null, 0.5],
  [7, "Old habit", "daily", 1, 0, 4, null, 0.3],
  [8, "Renew passport", "once", 1, 1, 5, "2024-05-10", 0],
  [9, "Call grandma ☎️", "once", 1, 1, 6, null, 0],
  [10, "Sort photos", "once", 1, 1, 7, null, 0],
];
/** What the old app had stored as titleSnapshot before the task was renamed. */
const SNAPSHOTS: Record<number, string> = { 2: "Read", [DELETED_TASK_ID]: "Meditate 🧘" };

/** A small deterministic generator, so every run builds the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function dayAfter(first: string, offset: number): string {
  return new Date(Date.parse(`${first}T00:00:00Z`) + offset * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** The three forms the old app used for instants, in turn. */
export function legacyInstant(iso: string, form: number): SqlValue {
  if (form % 3 === 0) return iso.slice(0, 19).replace("T", " ");
  if (form % 3 === 1) return iso;
  return Date.parse(iso);
}

function insertAll(database: Database, table: string, rows: FixtureRow[]): void {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const statement = database.prepare(
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  for (const row of rows) statement.run(columns.map((column) => row[column] ?? null));
  statement.free();
}

export async function loadSqlJs() {
  const wasm = require.resolve("sql.js/dist/sql-wasm.wasm");
  return initSqlJs({ locateFile: () => wasm });
}

/** `days` of history (3 years by default); `extraCompletions` pads the completions table. */
export async function buildLegacyDb(
  options: { days?: number; extraCompletions?: number } = {},
): Promise<LegacyFixture> {
  const { days = 3 * 365 + 1, extraCompletions = 0 } = options;
  const next = random(42);
  const passwordHash = bcrypt.hashSync(LEGACY_PASSWORD, 4);
  const tasks: FixtureRow[] = TASKS.map(
    ([id, title, period, targetCount, active, sortOrder, scheduledDate]) => ({
      id,
      title,
      period,
      targetCount,
      active,
      sortOrder,
      scheduledDate,
      createdAt: legacyInstant(`${FIRST_DAY}T0${id % 10}:15:30.000Z`, id),
      color: id % 2 ? "#ff0000" : null,
    }),
  );
  const completions: FixtureRow[] = [];
  const complete = (taskId: number, title: string, date: string) => {
    const id = completions.length + 1;
    const instant = `${date}T${String(6 + (id % 14)).padStart(2, "0")}:${String(id % 60).padStart(2, "0")}:07.250Z`;
    completions.push({
      id,
      taskId,
      titleSnapshot: title,
      date,
      createdAt: legacyInstant(instant, id),
    });
  };
  const calories: FixtureRow[] = [];
  const weights: FixtureRow[] = [];
  const diary: FixtureRow[] = [];
  const decimals = [81.2, 81.25, 81.125, 81.2345];
  for (let offset = 0; offset < days; offset += 1) {
    const date = dayAfter(FIRST_DAY, offset);
    for (const [id, title, , , , , , chance] of TASKS) {
      if (next() < chance) complete(id, SNAPSHOTS[id] ?? title, date);
    }
    if (offset < 200 && next() < 0.5)
      complete(DELETED_TASK_ID, SNAPSHOTS[DELETED_TASK_ID] ?? "", date);
    if (next() < 0.8) calories.push({ date, calories: 1200 + Math.floor(next() * 1800) });
    if (offset % 3 === 0) {
      const weight = Number(
        ((decimals[offset % 4] ?? 80) - offset / 500).toFixed((offset % 4) + 1),
      );
      weights.push({ date, weight });
    }
    if (offset % 5 === 0)
      diary.push({ date, content: `Day ${offset}: walked 🚶 ${offset % 7} km` });
  }
  complete(9, "Call grandma ☎️", "2024-02-11");
  complete(8, "Renew passport", "2024-05-10");
  for (let i = 0; i < extraCompletions; i += 1) {
    const [id, title] = TASKS[i % 5] ?? TASKS[0]!;
    complete(id, SNAPSHOTS[id] ?? title, dayAfter(FIRST_DAY, i % days));
  }
  const special = [
    { date: dayAfter(FIRST_DAY, 1), content: "" },
    { date: dayAfter(FIRST_DAY, 2), content: "<p>Hello <b>world</b></p><script>alert(1)</script>" },
    { date: dayAfter(FIRST_DAY, 3), content: "שלום עולם — مرحبا بالعالم 👋🏽 ✨\nsecond line" },
  ];
  diary.push(...special);
  const settings: FixtureRow[] = [
    { key: "timezone", value: "Europe/Berlin" },
    { key: "weekStart", value: "monday" },
    { key: "calorieGoal", value: "2200" },
    { key: "goalWeight", value: "75.5" },
    { key: "weightUnit", value: "kg" },
    { key: "theme", value: "dark" },
    { key: "lastBackupAt", value: "2025-12-30 10:00:00" },
  ];
  const SQL = await loadSqlJs();
  const database = new SQL.Database();
  database.exec(SCHEMA);
  database.exec("BEGIN");
  insertAll(database, "users", [{ id: 1, passwordHash, createdAt: "2023-01-01 00:00:01" }]);
  insertAll(database, "tasks", tasks);
  insertAll(database, "completions", completions);
  insertAll(database, "calorie_entries", calories);
  insertAll(database, "weight_entries", weights);
  insertAll(database, "diary_entries", diary);
  insertAll(database, "settings", settings);
  insertAll(database, "reminders", [{ id: 1, taskId: 1, time: "08:00" }]);
  database.exec("COMMIT");
  const bytes = database.export();
  database.close();
  return { bytes, passwordHash, tasks, completions, calories, weights, diary, settings };
}
