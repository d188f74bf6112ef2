import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { folderScript, storedCompletions } from "../../helpers/folder-script";
import { signedInCookie } from "../../helpers/http-session";
import { postPlusOne } from "../../helpers/server-actions";

/**
 * The app killed with SIGKILL (no shutdown at all) in the middle of a stream of writes on the
 * embedded database, twice: each time `npm start` opens the same data folder again (taking
 * over the dead process's lock), and every write that was acknowledged is there, once.
 */
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const ROUNDS = 2;
const WRITERS = 3;

let dataDir: string;

/** One "+1"; its request id when the app acknowledged it, else null (refused or cut off). */
async function plusOne(app: RunningApp, cookie: string): Promise<string | null> {
  const requestId = randomUUID();
  try {
    const { body } = await postPlusOne(app.baseUrl, cookie, { taskId: "1", day: DAY, requestId });
    return body.includes('"ok":true') ? requestId : null;
  } catch {
    return null; // the connection died with the process: not acknowledged
  }
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "tracker-sigkill-"));
  folderScript("seed", dataDir, OWNER_PASSWORD);
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("keeps every acknowledged write through SIGKILLs during writes", async () => {
  const acked: string[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const app = await startApp({ embeddedDataDir: dataDir });
    const cookie = await signedInCookie(app.baseUrl, OWNER_PASSWORD);
    let killed = false;
    const exited = new Promise((resolve) => app.process.once("exit", resolve));
    setTimeout(() => {
      killed = true;
      app.process.kill("SIGKILL");
    }, 1_500);
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (!killed) {
          const id = await plusOne(app, cookie);
          if (id) acked.push(id);
        }
      }),
    );
    await exited;
  }
  // Once more: the folder opens after the last kill, and the app serves.
  const last = await startApp({ embeddedDataDir: dataDir });
  await expect(fetch(`${last.baseUrl}/api/health`).then((r) => r.status)).resolves.toBe(200);
  await last.stop();

  const stored = storedCompletions(dataDir);
  expect(acked.length).toBeGreaterThan(ROUNDS * 5);
  expect(acked.filter((id) => stored.get(id) !== 1)).toEqual([]);
  expect([...stored.values()].filter((n) => n > 1)).toEqual([]);
}, 240_000);
