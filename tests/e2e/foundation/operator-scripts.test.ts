import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { dataSourceOptions } from "@/server/db/options";
import { authenticateOwner, createOwner } from "@/server/services/owner-store";
import { createBareDatabase } from "../../helpers/test-database";

const ROOT = path.join(__dirname, "../../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "tracker-operator-"));

function runScript(script: string, databaseUrl: string, input = "", args: string[] = []) {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      TRACKER_DATA_DIR: dataDir,
    },
    timeout: 60_000,
  });
}

describe("operator commands", () => {
  let bare: Awaited<ReturnType<typeof createBareDatabase>>;
  let url: string;

  beforeAll(async () => {
    bare = await createBareDatabase("postgres");
    url = bare.target.kind === "postgres" ? bare.target.url : "";
  });
  afterAll(() => bare.drop());

  it("db:migrate applies the migrations once, then has nothing to do", () => {
    const first = runScript("scripts/migrate.ts", url);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration/);
    const second = runScript("scripts/migrate.ts", url);
    expect(second.stdout).toContain("No pending migrations");
  });

  it("owner:reset-password sets a new password and revokes sessions", async () => {
    const db = new DataSource(dataSourceOptions({ kind: "postgres", url, poolSize: 1 }));
    await db.initialize();
    try {
      await createOwner(db, "the-old-password");
      const tooShort = runScript("scripts/reset-password.ts", url, "short\n");
      expect(tooShort.status).toBe(1);
      expect(tooShort.stderr).toContain("at least 10 characters");

      const result = runScript("scripts/reset-password.ts", url, "the-new-password\n");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("every session was signed out");
      expect(await authenticateOwner(db, "the-old-password")).toBeNull();
      expect(await authenticateOwner(db, "the-new-password")).toEqual(
        expect.objectContaining({ sessionVersion: 2 }),
      );
    } finally {
      await db.destroy();
    }
  });

  it("backup writes a backup file; restore brings it back and refuses a bad file, changing nothing", async () => {
    const db = new DataSource(dataSourceOptions({ kind: "postgres", url, poolSize: 1 }));
    await db.initialize();
    try {
      await db.query(`INSERT INTO weight_entries (date, weight) VALUES ('2026-01-02', 80.1234)`);
      const backup = runScript("scripts/backup.ts", url);
      expect(backup.status).toBe(0);
      const [name] = readdirSync(path.join(dataDir, "backups"));
      expect(name).toMatch(/^tracker-\d{4}-\d{2}-\d{2}-manual-\d{8}T\d{6}Z\.json$/);

      await db.query(`DELETE FROM weight_entries`);
      const bad = path.join(dataDir, "bad.json");
      writeFileSync(bad, '{"format":"tracker-export","formatVersion":99}');
      const refused = runScript("scripts/restore.ts", url, "", [bad]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("exported by a newer Tracker");
      expect(readdirSync(path.join(dataDir, "backups"))).toHaveLength(1);

      const restored = runScript("scripts/restore.ts", url, "", [
        path.join(dataDir, "backups", name ?? ""),
      ]);
      expect(restored.status).toBe(0);
      expect(restored.stdout).toContain("Restored 1 rows");
      const rows: Array<{ weight: string }> = await db.query(
        `SELECT weight::text AS weight FROM weight_entries`,
      );
      expect(rows).toEqual([{ weight: "80.1234" }]);
    } finally {
      await db.destroy();
    }
  });
});
