import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { listBackups } from "@/server/backups/backup-files";
import { takeBackup } from "@/server/backups/local-backups";
import { migrateDatabase, revertLastMigration } from "@/server/db/migrate";
import { exportData } from "@/server/services/data/export";
import { importData } from "@/server/services/data/import";
import { saveDiary } from "@/server/services/diary/diary";
import { saveWeight } from "@/server/services/weight/weight";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const now = new Date("2026-12-03T10:00:00.000Z");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tracker-backups-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("local backups", () => {
  it("restores a backup: the data comes back exactly as it was when the backup was taken", async () => {
    await saveWeight(testDb.db, { day: "2026-12-01", weight: 80.5 }, now);
    const before = await saveDiary(
      testDb.db,
      { day: "2026-12-01", content: "Before ✍️", baseVersion: null },
      now,
    );
    const { name } = await takeBackup(testDb.db, dir, "manual", now);
    const taken = await exportData(testDb.db, now);

    await saveWeight(testDb.db, { day: "2026-12-02", weight: 79 }, now);
    await saveDiary(
      testDb.db,
      { day: "2026-12-01", content: "After", baseVersion: before.version },
      now,
    );
    const [listed] = await listBackups(dir);
    expect(listed).toMatchObject({ name, kind: "manual", day: "2026-12-03" });
    const text = readFileSync(path.join(dir, name), "utf8");
    expect(listed?.sizeBytes).toBe(Buffer.byteLength(text));

    const report = await importData(testDb.db, text, { mode: "replace" }, now);
    expect(report.entities.weights).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await exportData(testDb.db, now)).toEqual(taken);
  });

  it("takes a backup before pending migrations change a database that has data", async () => {
    await saveWeight(testDb.db, { day: "2026-12-01", weight: 80.5 }, now);
    await revertLastMigration(testDb.target);
    const seen: string[] = [];
    const { applied } = await migrateDatabase(testDb.target, {
      beforeMigrating: async (db) => {
        seen.push((await takeBackup(db, dir, "pre-migration", now)).name);
      },
    });
    expect(applied).toHaveLength(1);
    expect(seen).toHaveLength(1);
    const backup = JSON.parse(readFileSync(path.join(dir, seen[0] ?? ""), "utf8")) as {
      weights: unknown[];
    };
    expect(backup.weights).toEqual([{ date: "2026-12-01", weightKg: 80.5 }]);
    // Nothing pending: no backup.
    await migrateDatabase(testDb.target, {
      beforeMigrating: async () => {
        seen.push("again");
      },
    });
    expect(seen).toHaveLength(1);
  });
});
