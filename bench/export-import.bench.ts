/**
 * `npm run bench -- export-import`: the benchmark owner's 10-year history (bench/lib/history.ts:
 * 17 tasks, ~117,000 completions, weights, calories and diary entries) exported,
 * imported into an empty embedded PGlite (replace), merged again unchanged, exported again.
 * Prints figures; asserts nothing.
 */
import { exportData, exportDocumentText } from "../src/server/services/data/export";
import { importData } from "../src/server/services/data/import";
import { withEmbeddedDatabase } from "./embedded-database";
import { benchHistory } from "./lib/history";

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`  ${label.padEnd(44)} ${(performance.now() - started).toFixed(0)} ms`);
  return result;
}
void (async () => {
  const lastDay = new Date().toISOString().slice(0, 10);
  const text = exportDocumentText(benchHistory({ days: 3652, lastDay }));
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
