import { addDays } from "@/domain/calendar";
import {
  addDiaryLine,
  getDiary,
  listDiaryMonth,
  listDiaryMonthsWithEntries,
  saveDiary,
  searchDiary,
} from "@/server/services/diary/diary";
import { DIARY_SEARCH_SQL, toPrefixTsQuery } from "@/server/services/diary/diary-search-sql";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
let today: string;
let now: Date;

beforeEach(async () => {
  now = new Date();
  today = (await loadOwnerCalendar(testDb.db, now)).today;
});

function hitText(hit: { snippet: Array<{ text: string; match: boolean }> }) {
  return hit.snippet.map((part) => (part.match ? `[${part.text}]` : part.text)).join("");
}

describe("diary service", () => {
  it("adds lines from Today to the day's entry, all of them even at once, within the limit", async () => {
    const day = addDays(today, -1);
    await addDiaryLine(testDb.db, { day, line: "  Ran 5 km.  " }, now);
    expect((await getDiary(testDb.db, { day }))?.content).toBe("Ran 5 km.");
    await Promise.all(
      ["a", "b", "c", "d", "e"].map((line) => addDiaryLine(testDb.db, { day, line }, now)),
    );
    const lines = (await getDiary(testDb.db, { day }))?.content.split("\n") ?? [];
    expect(lines[0]).toBe("Ran 5 km.");
    expect([...lines.slice(1)].sort()).toEqual(["a", "b", "c", "d", "e"]);

    await saveDiary(testDb.db, { day: today, content: "x".repeat(99_999), baseVersion: null }, now);
    await expect(addDiaryLine(testDb.db, { day: today, line: "y" }, now)).rejects.toMatchObject({
      status: 422,
      message: "The entry would pass 100,000 characters, so the line was not added.",
    });
    // Read back as a length: the Data API answers at most 64 KB per row.
    const stored: Array<{ length: number }> = await testDb.db.query(
      `SELECT length(content)::integer AS length FROM diary_entries WHERE date = $1::date`,
      [today],
    );
    expect(stored.map((row) => Number(row.length))).toEqual([99_999]);
    await expect(addDiaryLine(testDb.db, { day: today, line: "   " }, now)).rejects.toThrow(
      "Write a line first.",
    );
  });

  it("saves, overwrites and loads the one entry of a day; blank text removes it", async () => {
    const first = await saveDiary(
      testDb.db,
      { day: today, content: "First draft", baseVersion: null },
      now,
    );
    const second = await saveDiary(
      testDb.db,
      { day: today, content: "Second draft, *final*", baseVersion: first.version },
      now,
    );
    expect(second.version).toBeGreaterThan(first.version);
    expect(await getDiary(testDb.db, { day: today })).toMatchObject({
      date: today,
      content: "Second draft, *final*",
      version: second.version,
    });
    await saveDiary(testDb.db, { day: today, content: "  \n ", baseVersion: second.version }, now);
    expect(await getDiary(testDb.db, { day: today })).toBeNull();
  });

  it("refuses future days and too long texts", async () => {
    await expect(
      saveDiary(testDb.db, { day: addDays(today, 1), content: "x", baseVersion: null }, now),
    ).rejects.toThrow(/in the future/);
    await expect(
      saveDiary(testDb.db, { day: today, content: "x".repeat(100_001), baseVersion: null }, now),
    ).rejects.toThrow(/an entry holds at most 100,000\. Shorten it to save it\./);
    expect(await testDb.db.query(`SELECT * FROM diary_entries`)).toEqual([]);
  });

  it("lists a month newest first and the months that have entries", async () => {
    await saveDiary(
      testDb.db,
      { day: "2025-01-31", content: "End of January", baseVersion: null },
      now,
    );
    await saveDiary(testDb.db, { day: "2025-01-01", content: "New year", baseVersion: null }, now);
    await saveDiary(testDb.db, { day: "2025-02-01", content: "February", baseVersion: null }, now);
    const january = await listDiaryMonth(testDb.db, { month: "2025-01" });
    expect(january.map((entry) => entry.date)).toEqual(["2025-01-31", "2025-01-01"]);
    expect(await listDiaryMonthsWithEntries(testDb.db)).toEqual([
      { month: "2025-02", entries: 1 },
      { month: "2025-01", entries: 2 },
    ]);
  });

  it("ranks full-text hits and highlights the matched words", async () => {
    await saveDiary(
      testDb.db,
      {
        day: "2025-03-01",
        content: "A long walk by the river. Walking is good.",
        baseVersion: null,
      },
      now,
    );
    await saveDiary(
      testDb.db,
      { day: "2025-03-02", content: "Went to the office; no walk today.", baseVersion: null },
      now,
    );
    await saveDiary(
      testDb.db,
      { day: "2025-03-03", content: "Rain all day.", baseVersion: null },
      now,
    );
    const { hits } = await searchDiary(testDb.db, { query: "walk" });
    expect(hits.map((hit) => hit.date)).toEqual(["2025-03-01", "2025-03-02"]);
    expect(hits[0]?.rank).toBeGreaterThan(hits[1]?.rank ?? Infinity);
    expect(hitText(hits[0]!)).toBe("A long [walk] by the river. [Walk]ing is good.");
    expect(
      (await searchDiary(testDb.db, { query: "river walk" })).hits.map((hit) => hit.date),
    ).toEqual(["2025-03-01"]);
    expect((await searchDiary(testDb.db, { query: "snow" })).hits).toEqual([]);
  });

  it("shows hits without Markdown marks", async () => {
    await saveDiary(
      testDb.db,
      {
        day: "2025-03-01",
        content: "# Sunday\n\n- a **long** [walk](https://example.org)",
        baseVersion: null,
      },
      now,
    );
    expect((await searchDiary(testDb.db, { query: "walk" })).hits.map(hitText)).toEqual([
      "Sunday a long [walk]",
    ]);
  });

  it("falls back to substrings and treats operators as plain text", async () => {
    await saveDiary(
      testDb.db,
      { day: "2025-03-01", content: "Breakfast: porridge (100% oats)", baseVersion: null },
      now,
    );
    expect((await searchDiary(testDb.db, { query: "ridge" })).hits.map(hitText)).toEqual([
      "Breakfast: por[ridge] (100% oats)",
    ]);
    expect((await searchDiary(testDb.db, { query: "oats & !porridge | '" })).hits).toHaveLength(1);
    expect((await searchDiary(testDb.db, { query: "%" })).hits).toEqual([]);
  });

  it("finds an emoji, alone or with words, and highlights it", async () => {
    await saveDiary(
      testDb.db,
      { day: "2025-03-01", content: "Long run 🏃‍♂️ then cake 🎂", baseVersion: null },
      now,
    );
    await saveDiary(
      testDb.db,
      { day: "2025-03-02", content: "Love this ❤️ and the run", baseVersion: null },
      now,
    );
    await saveDiary(
      testDb.db,
      { day: "2025-03-03", content: "Plain ❤ without selector", baseVersion: null },
      now,
    );
    const search = async (query: string) => (await searchDiary(testDb.db, { query })).hits;
    expect((await search("🎂")).map(hitText)).toEqual(["Long run 🏃‍♂️ then cake [🎂]"]);
    expect((await search("run 🏃‍♂️")).map((hit) => hit.date)).toEqual(["2025-03-01"]);
    expect((await search("❤️")).map((hit) => hit.date)).toEqual(["2025-03-03", "2025-03-02"]);
    expect(await search("🌧️")).toEqual([]);
  });

  it("lets the search use the GIN expression index", async () => {
    await saveDiary(testDb.db, { day: "2025-03-01", content: "walk", baseVersion: null }, now);
    const plan = await testDb.db.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_seqscan = off`);
      const rows: Array<{ "QUERY PLAN": string }> = await manager.query(
        `EXPLAIN ${DIARY_SEARCH_SQL}`,
        [toPrefixTsQuery(["walk"]), 50],
      );
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("diary_entries_content_search_idx");
  });
});
