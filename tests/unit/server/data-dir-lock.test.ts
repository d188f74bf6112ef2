import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { DataDirInUseError, lockDataDir } from "../../../scripts/lib/data-dir-lock";
import { processStartTime } from "../../../scripts/lib/process-identity";

const ROOT = path.join(__dirname, "../../..");
let dataDir: string;
let lockFile: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "tracker-lock-"));
  lockFile = path.join(dataDir, "tracker.lock");
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function writeLock(pid: number, startTime: string | null) {
  const record = { pid, startTime, host: hostname(), nonce: "0123456789abcdef" };
  writeFileSync(lockFile, JSON.stringify(record));
}

const lockOwner = () => JSON.parse(readFileSync(lockFile, "utf8")) as { pid: number };

/** A live process that is not Tracker, and not this test. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 60000)"]);
  children.push(child);
  return child;
}

describe("the data folder lock", () => {
  it("takes over a lock whose pid now belongs to another process that started later", () => {
    writeLock(process.ppid, "a start time the parent process never had");
    const lock = lockDataDir(dataDir);
    expect(lockOwner()).toMatchObject({
      pid: process.pid,
      startTime: processStartTime(process.pid),
    });
    expect(readdirSync(dataDir)).toEqual(["tracker.lock"]);
    lock.release();
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("takes over a pid-only lock of an older version written before the system booted", () => {
    writeFileSync(lockFile, String(process.ppid));
    const longAgo = new Date("2000-01-01T00:00:00Z");
    utimesSync(lockFile, longAgo, longAgo);
    lockDataDir(dataDir).release();
  });

  it("respects the lock of a running process, naming its pid and the folder", () => {
    const { pid = 0 } = otherProcess();
    writeLock(pid, processStartTime(pid));
    const before = readFileSync(lockFile, "utf8");
    expect(() => lockDataDir(dataDir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dataDir)).toThrow(
      `The data folder ${dataDir} is already in use by another Tracker process (pid ${pid}).`,
    );
    expect(readFileSync(lockFile, "utf8")).toBe(before);
  });

  it("lets exactly one of two takeovers of the same stale lock win", () => {
    writeLock(process.ppid, "a start time the parent process never had");
    let second: { release(): void } | undefined;
    // The second takeover runs entirely after the first judged the lock stale.
    const first = () =>
      lockDataDir(dataDir, {
        beforeTakeover: () => {
          second ??= lockDataDir(dataDir);
        },
      });
    expect(first).toThrow(`The data folder ${dataDir} is already locked by this process`);
    expect(second).toBeDefined();
    second?.release();
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("lets exactly one of several processes started together take over a stale lock", async () => {
    writeLock(process.ppid, "a start time the parent process never had");
    const rivals = Array.from({ length: 4 }, () => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", path.join(ROOT, "tests/helpers/lock-data-dir.ts"), dataDir],
        { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] },
      );
      children.push(child);
      return new Promise<string>((resolve) => {
        let output = "";
        child.stdout?.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("\n")) resolve(output.trim());
        });
      });
    });
    const results = await Promise.all(rivals);
    expect(results.filter((result) => result === "locked")).toHaveLength(1);
    expect(results.filter((result) => result.includes("already in use"))).toHaveLength(3);
  });
});
