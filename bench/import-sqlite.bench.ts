/**
 * `npm run bench -- import-sqlite`: times `importLegacyDatabase` on a legacy tracker.db with
 * 100,000 completions (3 years of the other tables) into a fresh embedded PGlite, then the
 * re-run that finds everything unchanged. Prints figures; asserts nothing.
 */
import { importLegacyDatabase } from "../src/server/legacy/import";
import { buildLegacyDb } from "../tests/helpers/legacy-db";

const COMPLETIONS = Number(process.env.BENCH_COMPLETIONS ?? 100_000);
import { withEmbeddedDatabase } from "./embedded-database";

void (async () => {
  const base = (await buildLegacyDb()).completions.length;
  let started = performance.now();
  const fixture = await buildLegacyDb({ extraCompletions: Math.max(0, COMPLETIONS - base) });
  const buildMs = performance.now() - started;
  await withEmbeddedDatabase(async (db) => {
    started = performance.now();
    const first = await importLegacyDatabase(db, fixture.bytes);
    const firstMs = performance.now() - started;
    started = performance.now();
    const again = await importLegacyDatabase(db, fixture.bytes);
    const againMs = performance.now() - started;
    const ok = (report: typeof first) => report.checks.every((check) => check.ok);
    const mb = (fixture.bytes.length / 1024 / 1024).toFixed(1);
    console.log(
      `legacy file: ${fixture.completions.length} completions, ${mb} MB, built in ${buildMs.toFixed(0)} ms`,
    );
    console.log(
      `  first import into embedded PGlite: ${firstMs.toFixed(0)} ms (checks ${ok(first) ? "ok" : "FAILED"})`,
    );
    console.log(
      `  re-run, everything unchanged:      ${againMs.toFixed(0)} ms (checks ${ok(again) ? "ok" : "FAILED"})`,
    );
  });
})();
