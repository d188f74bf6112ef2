import fc from "fast-check";
import type { ExportDocument } from "@/schemas/data-export";
import { exportData, exportDocumentText } from "@/server/services/data/export";
import { importData } from "@/server/services/data/import";
import { UserError } from "@/server/http/user-error";
import { exportDocumentArbitrary } from "../../helpers/export-arbitrary";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const now = new Date("2026-12-03T10:00:00.000Z");

function content(doc: ExportDocument) {
  const { exportedAt: _at, appVersion: _version, ...rest } = doc;
  return rest;
}

/**
 * Two tabs (or two devices) importing at once: each import either runs alone or is refused with
 * a sentence (409), never interleaved. Replace empties the data first; two replaces interleaved
 * would each miss the rows the other was writing and leave a mix of both files.
 */
it("refuses or serializes parallel imports: one file's data after, no failure but a 409", async () => {
  const docs = fc.sample(
    exportDocumentArbitrary.filter((d) => d.tasks.length > 1 && d.completions.length > 1),
    { numRuns: 2, seed: 7 },
  );
  const texts = docs.map((doc) => exportDocumentText(doc));
  for (let round = 0; round < 3; round += 1) {
    await testDb.reset();
    const results = await Promise.allSettled(
      texts.map((text) => importData(testDb.db, text, { mode: "replace" }, now)),
    );
    for (const result of results) {
      if (result.status === "fulfilled") continue;
      expect(result.reason).toBeInstanceOf(UserError);
      expect(result.reason).toMatchObject({
        status: 409,
        message: expect.stringMatching(/import/),
      });
    }
    const after = content(await exportData(testDb.db, now));
    expect(docs.map(content)).toContainEqual(after);
  }
}, 60_000);
