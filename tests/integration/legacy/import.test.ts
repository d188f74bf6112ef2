import { verifyPassword } from "@/server/auth/password";
import { LegacyFileError } from "@/server/legacy/errors";
import { importLegacyDatabase, type ImportReport } from "@/server/legacy/import";
import { getOwner } from "@/server/services/owner-store";
import { createTask, listTasks } from "@/server/services/tasks/task-store";
import { listDiaryEntries } from "@/server/services/diary/diary-store";
import { readSettings } from "@/server/settings/settings-store";
import {
  buildLegacyDb,
  loadSqlJs,
  DELETED_TASK_ID,
  LEGACY_PASSWORD,
  type LegacyFixture,
} from "../../helpers/legacy-db";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const now = new Date("2026-01-15T12:00:00Z");
let fixture: LegacyFixture;

beforeAll(async () => {
  fixture = await buildLegacyDb();
});

const TABLES = [
  "users",
  "tasks",
  "completions",
  "calorie_entries",
  "weight_entries",
  "diary_entries",
  "settings",
];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = (await testDb.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{
      n: number;
    }>;
    counts[table] = Number(row?.n);
  }
  return counts;
}

/** The instant each legacy form stands for, worked out independently of the importer. */
function expectedInstant(value: unknown): string {
  if (typeof value === "number") return new Date(value).toISOString();
  const text = String(value);
  return text.includes("T") ? text : `${text.replace(" ", "T")}.000Z`;
}

function failed(report: ImportReport) {
  return report.checks.filter((check) => !check.ok);
}

describe("importing the old tracker.db", () => {
  it("imports every table, keeping ids, links, the password and the text as it was", async () => {
    const progress: string[] = [];
    const report = await importLegacyDatabase(testDb.db, fixture.bytes, {
      now,
      onProgress: ({ table, done, total }) => progress.push(`${table}:${done}/${total}`),
    });
    expect(failed(report)).toEqual([]);
    expect(progress).toContain(
      `completions:${fixture.completions.length}/${fixture.completions.length}`,
    );
    const byTable = Object.fromEntries(report.tables.map((row) => [row.table, row]));
    expect(byTable.tasks).toMatchObject({ inFile: 8, added: 8, updated: 0, unchanged: 0 });
    expect(byTable.completions).toMatchObject({
      inFile: fixture.completions.length,
      added: fixture.completions.length,
    });
    const orphans = fixture.completions.filter((c) => c.taskId === DELETED_TASK_ID).length;
    expect(byTable.completions?.orphans).toBe(orphans);
    expect(byTable.settings).toMatchObject({ inFile: 7, added: 6, notImported: 1 });
    expect(report.skippedSettings).toEqual([{ key: "lastBackupAt", reason: "unknown key" }]);
    expect(report.extraTables).toEqual(["reminders"]);
    expect(report.extraColumns).toEqual([{ table: "tasks", column: "color" }]);
    expect(report.fixes.filter((fix) => fix.table === "tasks")).toEqual([
      { table: "tasks", key: "9", fix: "one-off task without a day: scheduled on 2024-02-11" },
      { table: "tasks", key: "10", fix: "one-off task without a day: scheduled on 2023-01-01" },
    ]);

    const owner = await getOwner(testDb.db);
    expect(owner?.id).toBe("1");
    expect(await verifyPassword(LEGACY_PASSWORD, owner?.passwordHash ?? "")).toBe(true);

    const settings = await readSettings(testDb.db);
    expect(settings).toMatchObject({
      timeZone: "Europe/Berlin",
      weekStartsOn: 1,
      calorieGoal: 2200,
      goalWeightKg: 75.5,
      weightUnit: "kg",
      theme: "dark",
    });

    const tasks = await listTasks(testDb.db, now);
    expect(tasks.map((task) => [task.id, task.title, task.period, task.active])).toEqual(
      fixture.tasks.map((task) => [String(task.id), task.title, task.period, task.active === 1]),
    );
    expect(tasks.find((task) => task.id === "7")?.archivedOn).not.toBeNull();
    expect(tasks.find((task) => task.id === "8")?.scheduledDate).toBe("2024-05-10");

    const completions = (await testDb.db.query(
      `SELECT id::text AS id, task_id::text AS "taskId", title_snapshot AS "titleSnapshot",
              date::text AS date, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM completions ORDER BY completions.id`,
    )) as Array<Record<string, string | null>>;
    expect(completions).toEqual(
      fixture.completions.map((c) => ({
        id: String(c.id),
        taskId: c.taskId === DELETED_TASK_ID ? null : String(c.taskId),
        titleSnapshot: c.titleSnapshot,
        date: c.date,
        createdAt: expectedInstant(c.createdAt),
      })),
    );
    const renamed = completions.filter((c) => c.taskId === "2");
    expect(new Set(renamed.map((c) => c.titleSnapshot))).toEqual(new Set(["Read"]));

    const weights = (await testDb.db.query(
      `SELECT date::text AS date, weight::text AS weight FROM weight_entries ORDER BY date`,
    )) as Array<{ date: string; weight: string }>;
    expect(weights.map((w) => [w.date, Number(w.weight)])).toEqual(
      fixture.weights.map((w) => [w.date, w.weight]),
    );
    const diary = await listDiaryEntries(testDb.db, "2000-01-01", "2100-01-01");
    // The diary lists the newest day first.
    const expectedDiary = [...fixture.diary].sort((a, b) =>
      String(b.date).localeCompare(String(a.date)),
    );
    expect(diary.map((entry) => [entry.date, entry.content])).toEqual(
      expectedDiary.map((entry) => [entry.date, entry.content]),
    );
    const calories = (await testDb.db.query(
      `SELECT date::text AS date, calories FROM calorie_entries ORDER BY date`,
    )) as Array<{ date: string; calories: number }>;
    expect(calories.map((c) => [c.date, Number(c.calories)])).toEqual(
      fixture.calories.map((c) => [c.date, c.calories]),
    );
  });

  it("re-runs without changes or duplicates, and new rows get fresh ids", async () => {
    await importLegacyDatabase(testDb.db, fixture.bytes, { now });
    const before = await rowCounts();
    const again = await importLegacyDatabase(testDb.db, fixture.bytes, { now: new Date() });
    expect(failed(again)).toEqual([]);
    for (const row of again.tables) {
      expect({ table: row.table, added: row.added, updated: row.updated }).toEqual({
        table: row.table,
        added: 0,
        updated: 0,
      });
    }
    expect(await rowCounts()).toEqual(before);
    const created = await createTask(
      testDb.db,
      { title: "New after import", period: "daily", targetCount: 1 },
      now,
    );
    expect(Number(created.id)).toBeGreaterThan(10);
  });

  it("keeps an existing owner's row but takes the old password", async () => {
    await testDb.db.query(
      `INSERT INTO users (id, password_hash) OVERRIDING SYSTEM VALUE VALUES (7, 'x')`,
    );
    const report = await importLegacyDatabase(testDb.db, fixture.bytes, { now });
    expect(report.keptOwnerId).toBe("7");
    expect(failed(report)).toEqual([]);
    const owner = await getOwner(testDb.db);
    expect(owner).toMatchObject({ id: "7", passwordHash: fixture.passwordHash, sessionVersion: 2 });
  });

  it.each([
    ["random bytes", () => Uint8Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)],
    ["a truncated file", () => fixture.bytes.slice(0, Math.floor(fixture.bytes.length / 2))],
    ["an empty file", () => new Uint8Array()],
  ])("refuses %s with one sentence and writes nothing", async (_name, bytes) => {
    await importLegacyDatabase(testDb.db, (await buildLegacyDb({ days: 20 })).bytes, { now });
    const before = await rowCounts();
    const attempt = importLegacyDatabase(testDb.db, bytes(), { now });
    await expect(attempt).rejects.toBeInstanceOf(LegacyFileError);
    await expect(attempt).rejects.toThrow(/^The file is [^\n]+\.$/);
    expect(await rowCounts()).toEqual(before);
  });

  it("names the table, row and column of a row it cannot import, and writes nothing", async () => {
    const SQL = await loadSqlJs();
    const legacy = new SQL.Database(fixture.bytes);
    legacy.run(`UPDATE tasks SET period = 'yearly' WHERE id = 3`);
    const bytes = legacy.export();
    legacy.close();
    await expect(importLegacyDatabase(testDb.db, bytes, { now })).rejects.toThrow(
      'Row 3 of table "tasks" cannot be imported: column "period" is not daily, weekly, monthly or once.',
    );
    expect(Object.values(await rowCounts()).every((n) => n === 0)).toBe(true);
  });
});
