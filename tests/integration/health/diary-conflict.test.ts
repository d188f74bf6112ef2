import {
  addDiaryLine,
  getDiary,
  saveDiary,
  saveDiaryOrConflict,
} from "@/server/services/diary/diary";
import { DIARY_CONFLICT_MESSAGE } from "@/server/services/diary/diary-conflict";
import { importData } from "@/server/services/data/import";
import { exportData } from "@/server/services/data/export";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const now = new Date("2026-12-03T10:00:00.000Z");
const day = "2026-12-02";

async function stored(): Promise<Array<{ content: string; version: number }>> {
  const rows: Array<{ content: string; version: number }> = await testDb.db.query(
    `SELECT content, version FROM diary_entries WHERE date = $1::date`,
    [day],
  );
  return rows.map((row) => ({ content: row.content, version: Number(row.version) }));
}

function save(content: string, baseVersion: number | null) {
  return saveDiaryOrConflict(testDb.db, { day, content, baseVersion }, now);
}

describe("diary saves from an older version", () => {
  it("lets the first of two saves from the same version win and refuses the other with its text", async () => {
    const first = await saveDiary(
      testDb.db,
      { day, content: "Opened in both tabs", baseVersion: null },
      now,
    );
    expect(first.version).toBeGreaterThan(0);

    const fromTabA = await save("Tab A's text", first.version);
    if (!("saved" in fromTabA)) throw new Error("tab A's save was refused");
    expect(fromTabA.saved.version).toBeGreaterThan(first.version);

    const fromTabB = await save("Tab B's text", first.version);
    expect(fromTabB).toEqual({
      conflict: {
        message: DIARY_CONFLICT_MESSAGE,
        content: "Tab A's text",
        version: fromTabA.saved.version,
      },
    });
    expect(await stored()).toEqual([{ content: "Tab A's text", version: fromTabA.saved.version }]);
    await expect(
      saveDiary(testDb.db, { day, content: "Tab B's text", baseVersion: first.version }, now),
    ).rejects.toMatchObject({ status: 409, message: DIARY_CONFLICT_MESSAGE });

    // "Keep mine": saved over the version the conflict named.
    const keptB = await save("Tab B's text", fromTabA.saved.version);
    expect("saved" in keptB && keptB.saved.version).toBeGreaterThan(fromTabA.saved.version);
    expect((await stored())[0]?.content).toBe("Tab B's text");
  });

  it("lets exactly one of twenty concurrent saves from the same version win", async () => {
    const { version } = await saveDiary(testDb.db, { day, content: "Start", baseVersion: 0 }, now);
    const texts = Array.from({ length: 20 }, (_, index) => `Save number ${index}`);
    const outcomes = await Promise.all(texts.map((text) => save(text, version)));
    const winners = outcomes.flatMap((outcome, index) =>
      "saved" in outcome ? [texts[index]] : [],
    );
    expect(winners).toHaveLength(1);
    const [row] = await stored();
    expect(row?.content).toBe(winners[0]);
    for (const outcome of outcomes) {
      if ("conflict" in outcome) expect(outcome.conflict.version).toBeGreaterThan(version);
    }
  });

  it("refuses to start an entry another tab started, and to write over one removed elsewhere", async () => {
    const started = await saveDiary(
      testDb.db,
      { day, content: "Started in tab A", baseVersion: 0 },
      now,
    );
    expect(await save("Started in tab B", null)).toMatchObject({
      conflict: { content: "Started in tab A", version: started.version },
    });

    const cleared = await saveDiary(
      testDb.db,
      { day, content: " ", baseVersion: started.version },
      now,
    );
    expect(cleared.version).toBe(0);
    expect(await stored()).toEqual([]);
    expect(await save("Still typing in tab C", started.version)).toMatchObject({
      conflict: { content: "", version: 0 },
    });
    // Written again from nothing: a new version, never the one tab C still holds.
    const again = await saveDiary(testDb.db, { day, content: "New text", baseVersion: 0 }, now);
    expect(again.version).not.toBe(started.version);
    expect(await save("Still typing in tab C", started.version)).toMatchObject({
      conflict: { content: "New text", version: again.version },
    });
    expect(await save("", started.version)).toMatchObject({ conflict: { content: "New text" } });
    expect((await stored())[0]?.content).toBe("New text");
  });

  it("takes a save from an older version that holds the text already saved (a lost answer)", async () => {
    const { version } = await saveDiary(
      testDb.db,
      { day, content: "Sent once", baseVersion: 0 },
      now,
    );
    const sentAgain = await saveDiary(
      testDb.db,
      { day, content: "Sent once", baseVersion: 0 },
      now,
    );
    expect(sentAgain.version).toBe(version);
    await saveDiary(testDb.db, { day, content: "", baseVersion: version }, now);
    expect(
      (await saveDiary(testDb.db, { day, content: " ", baseVersion: version }, now)).version,
    ).toBe(0);
    expect(await stored()).toEqual([]);
  });

  it("moves the version on when Today adds a line or an import changes the text", async () => {
    const opened = await saveDiary(testDb.db, { day, content: "Morning", baseVersion: 0 }, now);
    await addDiaryLine(testDb.db, { day, line: "Added from Today" }, now);
    expect(await save("Morning, edited in the open editor", opened.version)).toMatchObject({
      conflict: { content: "Morning\nAdded from Today" },
    });

    const before = (await getDiary(testDb.db, { day }))?.version ?? 0;
    const doc = await exportData(testDb.db, now);
    expect(doc.diary).toEqual([{ date: day, content: "Morning\nAdded from Today" }]);
    doc.diary = [{ date: day, content: "Imported text" }];
    await importData(testDb.db, JSON.stringify(doc), { mode: "merge" }, now);
    expect(await save("Edited over the old text", before)).toMatchObject({
      conflict: { content: "Imported text" },
    });
  });
});
