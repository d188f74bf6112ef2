import fc from "fast-check";
import { addDays } from "@/domain/calendar";
import type { ExportDocument } from "@/schemas/data-export";
import { exportData, exportDocumentText } from "@/server/services/data/export";
import { importData } from "@/server/services/data/import";
import { createTask } from "@/server/services/tasks";
import { saveWeight } from "@/server/services/weight/weight";
import { exportDocumentArbitrary } from "../../helpers/export-arbitrary";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const now = new Date("2026-12-03T10:00:00.000Z");

/** The document without what differs by design between two exports: the moment and version. */
function content(doc: ExportDocument) {
  const { exportedAt: _at, appVersion: _version, ...rest } = doc;
  return rest;
}

async function rowCounts(): Promise<Record<string, number>> {
  const rows: Array<{ name: string; n: number }> = await testDb.db.query(
    `SELECT 'tasks' AS name, count(*)::integer AS n FROM tasks
     UNION ALL SELECT 'completions', count(*)::integer FROM completions
     UNION ALL SELECT 'weights', count(*)::integer FROM weight_entries
     UNION ALL SELECT 'diary', count(*)::integer FROM diary_entries
     UNION ALL SELECT 'settings', count(*)::integer FROM settings`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}

describe("export and import", () => {
  it("round-trips exactly: import -> export gives the document; export -> wipe -> import -> export too", async () => {
    await fc.assert(
      fc.asyncProperty(exportDocumentArbitrary, async (doc) => {
        await testDb.reset();
        await importData(testDb.db, exportDocumentText(doc), { mode: "replace" }, now);
        const first = await exportData(testDb.db, now);
        expect(content(first)).toEqual(content(doc));
        await testDb.reset();
        await importData(testDb.db, exportDocumentText(first), { mode: "merge" }, now);
        expect(content(await exportData(testDb.db, now))).toEqual(content(first));
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 120_000);

  it("merging the same file twice changes nothing and reports every row unchanged", async () => {
    const task = await createTask(
      testDb.db,
      { title: "Read", period: "daily", targetCount: 1 },
      now,
    );
    await saveWeight(testDb.db, { day: "2026-12-01", weight: 80.5 }, now);
    const text = exportDocumentText(await exportData(testDb.db, now));
    const first = await importData(testDb.db, text, { mode: "merge" }, now);
    expect(first.entities.tasks).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(first.entities.weights).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const again = await importData(testDb.db, text, { mode: "merge" }, now);
    expect(again.entities.tasks.unchanged).toBe(1);
    expect(await rowCounts()).toMatchObject({ tasks: 1, weights: 1 });
    // Ids continue past the imported ones.
    const next = await createTask(
      testDb.db,
      { title: "Walk", period: "daily", targetCount: 1 },
      now,
    );
    expect(Number(next.id)).toBeGreaterThan(Number(task.id));
  });

  it("merge adds and updates by natural key; replace removes what the file lacks", async () => {
    await saveWeight(testDb.db, { day: "2026-12-01", weight: 80.5 }, now);
    await saveWeight(testDb.db, { day: "2026-12-02", weight: 80.1 }, now);
    const doc = await exportData(testDb.db, now);
    doc.weights = [
      { date: "2026-12-02", weightKg: 79.1234 },
      { date: "2026-12-03", weightKg: 79 },
    ];
    const merged = await importData(testDb.db, exportDocumentText(doc), { mode: "merge" }, now);
    expect(merged.entities.weights).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect((await exportData(testDb.db, now)).weights.map((w) => w.weightKg)).toEqual([
      80.5, 79.1234, 79,
    ]);
    const replaced = await importData(testDb.db, exportDocumentText(doc), { mode: "replace" }, now);
    expect(replaced.removed).toBe(3);
    expect((await exportData(testDb.db, now)).weights.map((w) => w.date)).toEqual([
      "2026-12-02",
      "2026-12-03",
    ]);
  });

  it("refuses bad rows, a completion of an unknown task and a newer format, writing nothing", async () => {
    await saveWeight(testDb.db, { day: "2026-12-01", weight: 80.5 }, now);
    const before = await rowCounts();
    const doc = await exportData(testDb.db, now);
    const bad = {
      ...doc,
      weights: [
        { date: "2026-02-30", weightKg: 80 },
        { date: "2026-12-01", weightKg: -1 },
      ],
      settings: { theme: "purple", favouriteColour: "red" },
    };
    await expect(
      importData(testDb.db, JSON.stringify(bad), { mode: "replace" }, now),
    ).rejects.toMatchObject({
      status: 422,
      rejected: [
        {
          entity: "settings",
          key: "theme",
          reason: expect.stringContaining("system, light or dark"),
        },
        { entity: "settings", key: "favouriteColour", reason: "Tracker has no such setting." },
        { entity: "weights", index: 0, reason: expect.stringContaining("2026-02-30") },
        { entity: "weights", index: 1, reason: expect.stringContaining("above 0") },
      ],
    });
    const orphan = {
      ...doc,
      completions: [
        {
          id: "5",
          taskId: "77",
          titleSnapshot: "Gone",
          date: "2026-12-01",
          createdAt: now.toISOString(),
        },
      ],
    };
    await expect(
      importData(testDb.db, JSON.stringify(orphan), { mode: "replace" }, now),
    ).rejects.toMatchObject({
      rejected: [{ entity: "completions", key: "5", reason: expect.stringContaining("task 77") }],
    });
    await expect(
      importData(
        testDb.db,
        JSON.stringify({ ...doc, formatVersion: 99 }),
        { mode: "replace" },
        now,
      ),
    ).rejects.toThrow(/newer Tracker \(format version 99\)/);
    const text = exportDocumentText(doc);
    await expect(
      importData(testDb.db, text.slice(0, text.length / 2), { mode: "replace" }, now),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("not a complete JSON document"),
    });
    await expect(
      importData(testDb.db, JSON.stringify({ tasks: [] }), { mode: "merge" }, now),
    ).rejects.toThrow(/not a Tracker export/);
    expect(await rowCounts()).toEqual(before);
    expect((await exportData(testDb.db, now)).weights).toEqual(doc.weights);
  });

  it("reports progress up to every row of the file", async () => {
    const [doc] = fc.sample(exportDocumentArbitrary, { numRuns: 1, seed: 7 });
    if (!doc) throw new Error("fast-check gave no sample");
    const seen: Array<{ done: number; total: number }> = [];
    await importData(
      testDb.db,
      exportDocumentText(doc),
      {
        mode: "replace",
        onProgress: (p) => seen.push(p),
      },
      now,
    );
    const total =
      doc.tasks.length +
      doc.completions.length +
      doc.calories.length +
      doc.weights.length +
      doc.diary.length +
      Object.keys(doc.settings).length;
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
  });

  it("exports more than the Data API answers at once: long diary entries, many completions", async () => {
    const doc = await exportData(testDb.db, now);
    const long = "Ünïcødé ✍️ and a newline\n".repeat(4000).slice(0, 100_000);
    doc.tasks = [
      {
        id: "1",
        title: "Read",
        unit: null,
        period: "daily",
        targetCount: 1,
        active: true,
        sortOrder: 0,
        scheduledDate: null,
        createdAt: now.toISOString(),
        archivedAt: null,
      },
    ];
    doc.completions = Array.from({ length: 5000 }, (_, i) => ({
      id: String(i + 1),
      taskId: "1",
      titleSnapshot: "Read a long book title that takes some room in every row",
      date: addDays("2010-01-01", i),
      createdAt: now.toISOString(),
    }));
    doc.diary = Array.from({ length: 30 }, (_, i) => ({
      date: addDays("2026-01-01", i),
      content: i === 7 ? long : i === 8 ? "" : `${i} `.repeat(15_000),
    }));
    await importData(testDb.db, exportDocumentText(doc), { mode: "replace" }, now);
    const exported = await exportData(testDb.db, now);
    expect(exported.diary).toEqual(doc.diary);
    expect(exported.completions).toEqual(doc.completions);
  });
});
