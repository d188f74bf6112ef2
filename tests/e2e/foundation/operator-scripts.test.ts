import { spawnSync } from "node:child_process";
import path from "node:path";
import { DataSource } from "typeorm";
import { dataSourceOptions } from "@/server/db/options";
import { authenticateOwner, createOwner } from "@/server/services/owner-store";
import { createBareDatabase } from "../../helpers/test-database";

const ROOT = path.join(__dirname, "../../..");

function runScript(script: string, databaseUrl: string, input = "") {
  return spawnSync(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
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
});
