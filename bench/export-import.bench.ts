/**
 * `npm run bench -- export-import`: a 10-year data set (15 tasks, ~40,000 completions, a
 * weigh-in, a calorie total and a diary entry of ~600 characters most days) exported,
 * imported into an empty embedded PGlite (replace), merged again unchanged, exported again.
 * Prints figures; asserts nothing.
 */
import { addDays } from "../src/domain/calendar";
import type { ExportDocument } from "../src/schemas/data-export";
import { exportData, exportDocumentText } from "../src/server/services/data/export";
import { importData } from "../src/server/services/data/import";

const DAYS = 3650;
const FIRST = "2016-12-04";

function tenYears(): ExportDocument {
  const tasks = Array.from({ length: 15 }, (_, i) => ({
    id: String(i + 1),
    title: `Habit ${i + 1} ✓`,
    unit: i % 3 === 0 ? "glasses" : null,
    period: (["daily", "weekly", "monthly"] as const)[i % 3] ?? "daily",
    targetCount: 1 + (i % 4),
    active: i < 12,
    sortOrder: i,
    scheduledDate: null,
    createdAt: "2016-12-04T08:00:00.000Z",
    archivedAt: i < 12 ? null : "2020-01-01T08:00:00.000Z",
  }));
  const doc: ExportDocument = {
    format: "tracker-export",
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    appVersion: "bench",
    settings: { timeZone: "Europe/Berlin" },
    tasks,
    completions: [],
    calories: [],
    weights: [],
    diary: [],
  };
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(FIRST, d);
    for (const task of tasks) {
      if ((d * 7 + Number(task.id) * 13) % 5 < 3 && Number(task.id) <= 12) {
        doc.completions.push({
          id: String(doc.completions.length + 1),
          taskId: task.id,
          titleSnapshot: task.title,
          date,
          createdAt: `${date}T09:00:00.000Z`,
        });
      }
    }
    if (d % 10 !== 0) doc.calories.push({ date, calories: 1800 + (d % 700) });
    if (d % 4 !== 0) doc.weights.push({ date, weightKg: 80 + ((d % 97) - 48) / 100 });
    if (d % 3 !== 0) doc.diary.push({ date, content: `Day ${d}: `.padEnd(600, "lorem ipsum ") });
  }
  return doc;
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`  ${label.padEnd(44)} ${(performance.now() - started).toFixed(0)} ms`);
  return result;
}
import { withEmbeddedDatabase } from "./embedded-database";

void (async () => {
  const text = exportDocumentText(tenYears());
  await withEmbeddedDatabase(async (db) => {
    const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
    const report = await timed(`import (replace) of a ${mb} MB, 10-year file`, () =>
      importData(db, text, { mode: "replace" }, new Date()),
    );
    console.log(`    ${report.rowCount} rows, ${report.entities.completions.added} completions`);
    await timed("merge of the same file (everything unchanged)", () =>
      importData(db, text, { mode: "merge" }, new Date()),
    );
    const doc = await timed("export (JSON document)", () => exportData(db, new Date()));
    await timed("export text (JSON.stringify)", async () => exportDocumentText(doc));
  });
})();
