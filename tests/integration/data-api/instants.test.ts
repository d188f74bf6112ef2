import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { migrateDatabase } from "@/server/db/migrate";
import type { ProbeInput, ProbeOutput } from "../../helpers/data-api/time-zone-probe";
import { createBareDatabase } from "../../helpers/test-database";

/**
 * The Data API returns timestamptz in UTC without a zone. The app must still read back the
 * instant it wrote, and calendar days unchanged, when its own process is not in UTC: the
 * probe runs the app's DataSource in a child process with TZ=America/New_York.
 */

const run = promisify(execFile);

/** 01:59:59.999 EST, the millisecond before New York jumps to 03:00 EDT; and 01:30 EDT. */
const INSTANTS = ["2026-03-08T06:59:59.999Z", "2026-11-01T05:30:00.000Z"];
const DAY = "2026-03-08";

describe("instants and days through the Data API in a non-UTC process", () => {
  let bare: Awaited<ReturnType<typeof createBareDatabase>>;

  beforeAll(async () => {
    bare = await createBareDatabase("dataapi");
    await migrateDatabase(bare.target);
  });
  afterAll(() => bare.drop());

  it("round-trips instants exactly and keeps days as YYYY-MM-DD", async () => {
    const input: ProbeInput = { target: bare.target, instants: INSTANTS, day: DAY };
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", path.join(__dirname, "../../helpers/data-api/time-zone-probe.ts")],
      { env: { ...process.env, TZ: "America/New_York", PROBE_INPUT: JSON.stringify(input) } },
    );
    const output = JSON.parse(stdout) as ProbeOutput;
    expect(output).toEqual({
      timeZone: "America/New_York",
      rawInstants: INSTANTS,
      entityInstant: INSTANTS[0],
      rawDay: DAY,
      entityDay: DAY,
    });
  });

  it("stored the instants themselves, as PostgreSQL sees them", async () => {
    if (bare.target.kind !== "data-api") throw new Error("expected a Data API target");
    const adminUrl = process.env.TEST_PG_URL ?? "";
    const client = new pg.Client(adminUrl.replace(/\/postgres\?/, `/${bare.target.database}?`));
    await client.connect();
    try {
      const { rows } = await client.query<{ ms: string }>(
        `SELECT (extract(epoch FROM created_at) * 1000)::bigint::text AS ms
           FROM tasks WHERE title LIKE 'probe %' ORDER BY id`,
      );
      expect(rows.map((row) => Number(row.ms))).toEqual(INSTANTS.map((iso) => Date.parse(iso)));
    } finally {
      await client.end();
    }
  });
});
