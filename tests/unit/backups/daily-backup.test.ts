import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listBackups } from "@/server/backups/backup-files";
import {
  ensureDailyBackup,
  startDailyBackups,
  type BackupLogger,
} from "@/server/backups/daily-backup";
import { logger as appLogger } from "@/server/log";

let root: string;
let dir: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-daily-"));
  dir = path.join(root, "backups");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fakeLogger() {
  const info = jest.fn<void, [object, string]>();
  const error = jest.fn<void, [object, string]>();
  const logger: BackupLogger = { info, error };
  return { logger, info, error };
}

// The app's pino logger is what the launcher passes.
const _appLoggerFits: BackupLogger = appLogger;

describe("ensureDailyBackup", () => {
  it("writes once per day: a second call the same day writes nothing", async () => {
    const exportJson = jest.fn(async () => '{"tasks":[]}');
    const first = await ensureDailyBackup({
      dir,
      today: "2026-12-03",
      now: new Date("2026-12-03T08:00:00Z"),
      exportJson,
    });
    expect(first).toEqual({
      written: "tracker-2026-12-03-daily-20261203T080000Z.json",
      pruned: [],
    });
    const second = await ensureDailyBackup({
      dir,
      today: "2026-12-03",
      now: new Date("2026-12-03T09:00:00Z"),
      exportJson,
    });
    expect(second).toEqual({ written: null, pruned: [] });
    expect(exportJson).toHaveBeenCalledTimes(1);

    const next = await ensureDailyBackup({
      dir,
      today: "2026-12-04",
      now: new Date("2026-12-04T08:00:00Z"),
      exportJson,
    });
    expect(next.written).toBe("tracker-2026-12-04-daily-20261204T080000Z.json");
    expect((await listBackups(dir)).map((backup) => backup.day)).toEqual([
      "2026-12-04",
      "2026-12-03",
    ]);
  });

  it("a manual backup of today does not count as the daily one", async () => {
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "tracker-2026-12-03-manual-20261203T070000Z.json"), "{}");
    const result = await ensureDailyBackup({
      dir,
      today: "2026-12-03",
      now: new Date("2026-12-03T08:00:00Z"),
      exportJson: async () => "{}",
    });
    expect(result.written).not.toBeNull();
  });

  it("prunes after writing", async () => {
    fs.mkdirSync(dir);
    for (let day = 1; day <= 9; day += 1) {
      const d = `2026-11-0${day}`;
      fs.writeFileSync(
        path.join(dir, `tracker-${d}-daily-${d.replace(/-/g, "")}T070000Z.json`),
        "{}",
      );
    }
    const result = await ensureDailyBackup({
      dir,
      today: "2026-11-10",
      now: new Date("2026-11-10T08:00:00Z"),
      exportJson: async () => "{}",
    });
    // Kept: 4-10 November (7 days) and Sunday 1 November (newest of the week of 26 October);
    // Monday 2 and Tuesday 3 fall in the week whose newest is Sunday 8th.
    expect(result.pruned.sort()).toEqual([
      "tracker-2026-11-02-daily-20261102T070000Z.json",
      "tracker-2026-11-03-daily-20261103T070000Z.json",
    ]);
  });
});

describe("startDailyBackups", () => {
  it("runs shortly after start, never twice at once, and stop waits for the run", async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    let day = 0;
    const exportJson = async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await sleep(60); // slower than the interval
      active -= 1;
      runs += 1;
      return "{}";
    };
    const { logger, error } = fakeLogger();
    const scheduler = startDailyBackups({
      dir,
      intervalMs: 10,
      firstRunDelayMs: 1,
      // A new day on every run, so every run writes (and so exports).
      today: async () => `2026-11-${String(10 + (day++ % 20)).padStart(2, "0")}`,
      exportJson,
      logger,
      now: () => new Date(Date.parse("2026-11-10T08:00:00Z") + day * 1000),
    });
    await sleep(250);
    await scheduler.stop();
    expect(active).toBe(0); // stop waited for the run in progress
    const runsAtStop = runs;
    expect(runsAtStop).toBeGreaterThanOrEqual(2);
    expect(maxActive).toBe(1);
    expect(error).not.toHaveBeenCalled();
    await sleep(50);
    expect(runs).toBe(runsAtStop); // nothing runs after stop
  });

  it("logs a failing export with the error and keeps running", async () => {
    const failure = new Error("export failed");
    const exportJson = jest.fn(async (): Promise<string> => {
      throw failure;
    });
    const { logger, error, info } = fakeLogger();
    const scheduler = startDailyBackups({
      dir,
      intervalMs: 15,
      firstRunDelayMs: 1,
      today: async () => "2026-12-03",
      exportJson,
      logger,
    });
    await sleep(100);
    await scheduler.stop();
    expect(exportJson.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(error).toHaveBeenCalledWith({ err: failure }, "Daily backup failed");
    expect(info).not.toHaveBeenCalled();
    expect(await listBackups(dir)).toEqual([]);
  });

  it("logs a written backup by name only", async () => {
    const { logger, info } = fakeLogger();
    const scheduler = startDailyBackups({
      dir,
      firstRunDelayMs: 1,
      today: async () => "2026-12-03",
      exportJson: async () => '{"diary":"private words"}',
      logger,
      now: () => new Date("2026-12-03T08:00:00Z"),
    });
    await sleep(50);
    await scheduler.stop();
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(
      { backup: "tracker-2026-12-03-daily-20261203T080000Z.json", pruned: [] },
      "Daily backup written",
    );
  });

  it("stops before the first run without running", async () => {
    const exportJson = jest.fn(async () => "{}");
    const scheduler = startDailyBackups({
      dir,
      today: async () => "2026-12-03",
      exportJson,
      logger: fakeLogger().logger,
    });
    await scheduler.stop();
    expect(exportJson).not.toHaveBeenCalled();
  });
});
