import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addDays } from "@/domain/calendar";
import { backupsToKeep } from "@/domain/backups/retention";
import {
  backupPath,
  listBackups,
  pruneBackups,
  STALE_TEMP_MS,
  writeBackup,
} from "@/server/backups/backup-files";
import { UserError } from "@/server/http/user-error";

let root: string;
let dir: string;
const now = new Date("2026-12-03T10:15:00.250Z");

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-backups-"));
  dir = path.join(root, "backups");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("writeBackup", () => {
  it("writes atomically: the content in place, private modes, no temp file left", async () => {
    const content = JSON.stringify({ format: "tracker-export", note: "Grüße" });
    const written = await writeBackup({ dir, kind: "daily", day: "2026-12-03", now, content });
    expect(written).toEqual({
      name: "tracker-2026-12-03-daily-20261203T101500Z.json",
      sizeBytes: Buffer.byteLength(content),
    });
    expect(fs.readdirSync(dir)).toEqual([written.name]);
    expect(fs.readFileSync(path.join(dir, written.name), "utf8")).toBe(content);
    if (process.platform !== "win32") {
      expect(mode(dir)).toBe(0o700);
      expect(mode(path.join(dir, written.name))).toBe(0o600);
    }
  });

  it("refuses to overwrite a backup taken in the same second, and cleans up", async () => {
    const input = { dir, kind: "manual", day: "2026-12-03", now, content: "{}" } as const;
    await writeBackup(input);
    await expect(writeBackup({ ...input, content: "[]" })).rejects.toThrow(UserError);
    expect(fs.readdirSync(dir)).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0] ?? ""), "utf8")).toBe("{}");
  });

  it("refuses a day that does not exist", async () => {
    const input = { dir, kind: "daily", day: "2026-02-30", now, content: "{}" } as const;
    await expect(writeBackup(input)).rejects.toThrow(RangeError);
  });
});

describe("listBackups", () => {
  it("is empty for a missing folder", async () => {
    expect(await listBackups(path.join(root, "nothing-here"))).toEqual([]);
  });

  it("parses names, sorts newest first and ignores temp, foreign and malformed files", async () => {
    fs.mkdirSync(dir);
    const files = {
      "tracker-2026-12-02-daily-20261202T080000Z.json": "aa",
      "tracker-2026-12-03-pre-import-20261203T090000Z.json": "bbb",
      "tracker-2026-12-03-daily-20261203T070000Z.json": "c",
      ".tracker-backup-0123456789abcdef.tmp": "partial",
      "notes.txt": "x",
      "tracker-2026-12-03-weekly-20261203T070000Z.json": "x", // unknown kind
      "tracker-2026-02-30-daily-20260230T070000Z.json": "x", // no such day
      "tracker-2026-12-03-daily-20261303T070000Z.json": "x", // no month 13
      "tracker-2026-12-03-daily-20261203T070000Z.json.bak": "x",
    };
    for (const [name, content] of Object.entries(files)) {
      fs.writeFileSync(path.join(dir, name), content);
    }
    fs.mkdirSync(path.join(dir, "tracker-2026-12-01-daily-20261201T070000Z.json"));
    expect(await listBackups(dir)).toEqual([
      {
        name: "tracker-2026-12-03-pre-import-20261203T090000Z.json",
        kind: "pre-import",
        day: "2026-12-03",
        takenAt: "2026-12-03T09:00:00.000Z",
        sizeBytes: 3,
      },
      {
        name: "tracker-2026-12-03-daily-20261203T070000Z.json",
        kind: "daily",
        day: "2026-12-03",
        takenAt: "2026-12-03T07:00:00.000Z",
        sizeBytes: 1,
      },
      {
        name: "tracker-2026-12-02-daily-20261202T080000Z.json",
        kind: "daily",
        day: "2026-12-02",
        takenAt: "2026-12-02T08:00:00.000Z",
        sizeBytes: 2,
      },
    ]);
  });
});

describe("backupPath", () => {
  it("gives the path of an existing backup", async () => {
    const { name } = await writeBackup({
      dir,
      kind: "daily",
      day: "2026-12-03",
      now,
      content: "{}",
    });
    expect(backupPath(dir, name)).toBe(path.join(dir, name));
  });

  it.each([
    "../x",
    "tracker-2026-12-03-daily-20261203T101500Z.json/../../etc/passwd",
    "../tracker-2026-12-03-daily-20261203T101500Z.json",
    "/etc/passwd",
    "tracker-2026-12-03-daily-20261203T101500Z.json\0",
    ".tracker-backup-0123456789abcdef.tmp",
    "",
    "tracker-2026-12-04-daily-20261204T101500Z.json", // well formed, but not there
  ])("refuses %j as a backup that does not exist", async (name) => {
    await writeBackup({ dir, kind: "daily", day: "2026-12-03", now, content: "{}" });
    expect(() => backupPath(dir, name)).toThrow(new UserError("That backup does not exist.", 404));
    try {
      backupPath(dir, name);
    } catch (error) {
      expect((error as UserError).status).toBe(404);
    }
  });
});

describe("pruneBackups", () => {
  it("keeps exactly the retention set of 40 daily backups over 60 days", async () => {
    const today = "2026-12-03";
    for (let daysAgo = 0; daysAgo < 60; daysAgo += 1) {
      if (daysAgo % 3 === 2) continue; // 40 of the 60 days have a backup
      const day = addDays(today, -daysAgo);
      const taken = new Date(`${day}T10:15:00Z`);
      await writeBackup({ dir, kind: "daily", day, now: taken, content: `{"day":"${day}"}` });
    }
    const before = await listBackups(dir);
    expect(before).toHaveLength(40);
    const expected = backupsToKeep(before, today);

    const deleted = await pruneBackups(dir, today, now);
    const after = (await listBackups(dir)).map((backup) => backup.name);
    expect(new Set(after)).toEqual(expected);
    expect(deleted).toHaveLength(40 - expected.size);
    expect(after.map((name) => name.slice("tracker-".length, "tracker-YYYY-MM-DD".length))).toEqual(
      [
        // 7 latest days with a backup
        ...["12-03", "12-02", "11-30", "11-29", "11-27", "11-26", "11-24"].map((d) => `2026-${d}`),
        "2026-11-21", // week of 16 November (its Sunday has none)
        "2026-11-15", // week of 9 November
        "2026-10-31", // October (60 days back reach 5 October, so no September)
      ],
    );
    expect(await pruneBackups(dir, today, now)).toEqual([]);
  });

  it("removes a temp file left by a crash once it is an hour old, and lists nothing for it", async () => {
    await writeBackup({ dir, kind: "daily", day: "2026-12-03", now, content: "{}" });
    const stale = path.join(dir, ".tracker-backup-00000000000000aa.tmp");
    const fresh = path.join(dir, ".tracker-backup-00000000000000bb.tmp");
    fs.writeFileSync(stale, '{"half": ');
    fs.writeFileSync(fresh, '{"half": ');
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    fs.utimesSync(stale, old, old);

    expect((await listBackups(dir)).map((backup) => backup.kind)).toEqual(["daily"]);
    expect(await pruneBackups(dir, "2026-12-03", new Date())).toEqual([]);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true); // may be a write in progress
    expect((await listBackups(dir)).map((backup) => backup.kind)).toEqual(["daily"]);
  });

  it("does nothing for a missing folder", async () => {
    expect(await pruneBackups(path.join(root, "none"), "2026-12-03")).toEqual([]);
  });
});
