import path from "node:path";
import { DATABASE_DISK_FULL } from "@/server/db/unavailable";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { fillWalSegment } from "../../helpers/embedded-wal";
import { folderScript, storedCompletions } from "../../helpers/folder-script";
import { signedInCookie } from "../../helpers/http-session";
import { mountTmpfs, type Tmpfs } from "../../helpers/tmpfs";
import { WriteLog } from "../../helpers/write-outcomes";

/**
 * The embedded database's disk fills up under the running app (a tmpfs of its own). While
 * table files cannot grow, writes are refused with a sentence that says the disk is full, and
 * the app serves again once space is back, without a restart. When the WAL needs its next 16 MB segment on the full disk,
 * PostgreSQL PANICs: the app logs a fatal line and exits 1, and a start once space is back (as
 * a supervisor's) finds every acknowledged write, once, and none of the refused ones.
 */
const DAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
// A fresh data folder takes 39 MB; the WAL segment the restart writes needs 16 MB more.
const DISK_MIB = 64;
const MAX_ANSWER_MS = 15_000;

let disk: Tmpfs | undefined;
let dataDir = "";
const apps: RunningApp[] = [];

async function start(): Promise<RunningApp> {
  const app = await startApp({ embeddedDataDir: dataDir });
  apps.push(app);
  return app;
}

const health = (app: RunningApp) => fetch(`${app.baseUrl}/api/health`).then((r) => r.status);

beforeAll(() => {
  disk = mountTmpfs(DISK_MIB);
  dataDir = path.join(disk.dir, "data");
  folderScript("seed", dataDir, OWNER_PASSWORD);
}, 120_000);

afterAll(async () => {
  const running = apps.filter((a) => a.process.exitCode === null && a.process.signalCode === null);
  for (const app of running) {
    const exited = new Promise((resolve) => app.process.once("exit", resolve));
    app.process.kill("SIGKILL");
    await exited;
  }
  disk?.unmount();
});

it("refuses writes on a full disk, exits 1 on a WAL PANIC, and keeps every acked write", async () => {
  const app = await start();
  const writes = new WriteLog(app, await signedInCookie(app.baseUrl, OWNER_PASSWORD), DAY);
  for (let i = 0; i < 10; i += 1) await writes.plusOne("before");
  expect(writes.ids("acked")).toHaveLength(10);

  // Table files cannot grow: writes go on into free room in their pages, then are refused.
  disk?.fill();
  for (let i = 0; i < 400 && writes.ids("refused").length < 3; i += 1) {
    await writes.plusOne("full");
  }
  const refused = writes.outcomes.filter((o) => o.result === "refused");
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.map((o) => o.message)).toContain(DATABASE_DISK_FULL);
  await expect(health(app)).resolves.toBe(200);

  disk?.free();
  for (let i = 0; i < 5; i += 1) await writes.plusOne("space back");
  expect(writes.ids("acked", "space back")).toHaveLength(5);

  expect(await fillWalSegment(dataDir)).toBeLessThan(64 * 1024);
  disk?.fill();
  const exited = new Promise<number | null>((resolve) => {
    if (app.process.exitCode !== null) resolve(app.process.exitCode);
    else app.process.once("exit", resolve);
  });
  for (let i = 0; i < 50 && app.process.exitCode === null; i += 1) {
    await writes.plusOne("wal full");
  }
  expect(await exited).toBe(1);
  const fatal = app
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{") && line.includes('"level":60'));
  expect(fatal).toHaveLength(1);
  expect(fatal[0]).toContain("the embedded database failed");
  expect(fatal[0]).toContain("No space left on device");
  await app.stop();

  disk?.free();
  const again = await start();
  await expect(health(again)).resolves.toBe(200);
  const afterRestart = new WriteLog(
    again,
    await signedInCookie(again.baseUrl, OWNER_PASSWORD),
    DAY,
  );
  expect((await afterRestart.plusOne("restarted")).result).toBe("acked");
  await again.stop();

  const stored = storedCompletions(dataDir);
  const acked = [...writes.ids("acked"), ...afterRestart.ids("acked")];
  const { err } = JSON.parse(fatal[0] ?? "{}") as { err?: { message?: string } };
  console.log(
    JSON.stringify({ figures: writes.figures(), stored: stored.size, fatal: err?.message }),
  );
  expect(acked.filter((id) => stored.get(id) !== 1)).toEqual([]);
  expect(writes.ids("refused").filter((id) => stored.has(id))).toEqual([]);
  expect([...stored.values()].filter((n) => n > 1)).toEqual([]);
  expect(Math.max(...writes.outcomes.map((o) => o.ms))).toBeLessThan(MAX_ANSWER_MS);
}, 150_000);
