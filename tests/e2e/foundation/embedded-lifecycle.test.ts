import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { HttpSession } from "../../helpers/http-session";

const scratch: string[] = [];
function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const modeOf = (file: string) => statSync(file).mode & 0o777;

function exitOnSignal(app: RunningApp, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => app.process.once("exit", resolve));
  app.process.kill(signal);
  return exited;
}

describe("embedded database lifecycle", () => {
  it("keeps a write acknowledged just before SIGTERM across a restart", async () => {
    const dataDir = scratchDir("tracker-shutdown-");
    const first = await startApp({ embeddedDataDir: dataDir });
    try {
      const session = new HttpSession(first.baseUrl);
      // Five failed logins (there is no owner yet, so every password is wrong): each is a row
      // written before its 401 is sent.
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect((await session.logIn("wrong password")).status).toBe(401);
      }
      expect(await exitOnSignal(first, "SIGTERM")).toBe(0);
      expect(first.output()).not.toMatch(/shutdown step (failed|timed out)/);
    } finally {
      await first.stop();
    }
    const second = await startApp({ embeddedDataDir: dataDir });
    try {
      // The fifth failure survived: the client is still throttled after the restart.
      expect((await new HttpSession(second.baseUrl).logIn(OWNER_PASSWORD)).status).toBe(429);
    } finally {
      await second.stop();
    }
    expect(second.process.exitCode).toBe(0);
  });

  it("puts the socket in a private temp folder when the data folder path is too long", async () => {
    const privateTmp = scratchDir("tracker-tmp-");
    const deep = path.join(scratchDir("tracker-long-"), "a".repeat(60), "b".repeat(60));
    expect(Buffer.byteLength(path.join(deep, ".s.PGSQL.5432"))).toBeGreaterThan(107);
    const app = await startApp({ embeddedDataDir: deep, env: { TMPDIR: privateTmp } });
    let socketDir = "";
    try {
      expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
      expect(modeOf(deep)).toBe(0o700);
      const folders = readdirSync(privateTmp).filter((name) => name.startsWith("tracker-sock-"));
      expect(folders).toHaveLength(1);
      socketDir = path.join(privateTmp, folders[0] ?? "");
      expect(modeOf(socketDir)).toBe(0o700);
      expect(statSync(path.join(socketDir, ".s.PGSQL.5432")).isSocket()).toBe(true);
    } finally {
      await app.stop();
    }
    expect(existsSync(socketDir)).toBe(false);
  });
});
