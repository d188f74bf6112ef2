import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { launchChromium, OWNER_PASSWORD, setUpOwner } from "../../helpers/browser";
import { HttpSession } from "../../helpers/http-session";
import { npmStartArgs } from "../../helpers/npm-start";

const ROOT = path.join(__dirname, "../../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "tracker-embedded-"));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm start`'s launcher on this file's data folder, run to its end with extra variables. */
function startWithEnv(env: Record<string, string>) {
  return spawnSync(process.execPath, npmStartArgs(), {
    cwd: ROOT,
    env: { ...process.env, TRACKER_DATA_DIR: dataDir, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

function exitCodeOf(app: RunningApp): Promise<number | null> {
  return new Promise((resolve) => {
    if (app.process.exitCode !== null) resolve(app.process.exitCode);
    else app.process.once("exit", (code) => resolve(code));
  });
}

describe("npm start on the embedded database", () => {
  it("serves on a fresh folder with a setup link, and takes the owner's setup", async () => {
    const app = await startApp({ embeddedDataDir: dataDir });
    try {
      expect(app.output()).toContain("embedded PostgreSQL (PGlite)");
      expect(app.output()).toMatch(
        /First run: open this link.*\n\n\s+http:\/\/localhost:\d+\/setup\?token=/,
      );
      expect(existsSync(path.join(dataDir, ".s.PGSQL.5432"))).toBe(true);
      const browser = await launchChromium();
      await setUpOwner(await browser.newPage(), app);
      await browser.close();
    } finally {
      await app.stop();
    }
    expect(app.process.exitCode).toBe(0);
    expect(existsSync(path.join(dataDir, "tracker.lock"))).toBe(false);
  });

  it("keeps the data across a restart and refuses a second process on the same folder", async () => {
    const app = await startApp({ embeddedDataDir: dataDir });
    try {
      expect(app.output()).not.toContain("First run");
      const session = new HttpSession(app.baseUrl);
      expect((await session.logIn(OWNER_PASSWORD)).status).toBe(200);
      expect(await session.canOpen("/")).toBe(true);

      const second = startWithEnv({ DATABASE_URL: "", PORT: "1" });
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain("is already in use by another Tracker process");
      expect(await session.canOpen("/")).toBe(true);
    } finally {
      app.process.kill("SIGINT");
      expect(await exitCodeOf(app)).toBe(0);
      await app.stop();
    }
  });

  it("stops with a readable message when a variable is malformed", () => {
    const result = startWithEnv({ PORT: "eighty" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("PORT:");
  });

  it("names a bad LOG_LEVEL instead of crashing in the logger", () => {
    const result = startWithEnv({ LOG_LEVEL: "verbose" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Invalid configuration:\n\s+- LOG_LEVEL:/);
    expect(result.stderr).not.toContain("unknown level");
  });
});
