/**
 * The app under test: the real launcher (`npm start`'s scripts/start.ts, production build) on a
 * seeded throwaway database, embedded PGlite in a temp folder or a database on a private
 * PostgreSQL server (Debian's binaries, fsync off as in the test suite), with its access log.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startApp, type RunningApp } from "../../tests/helpers/app-server";
import { HttpSession } from "../../tests/helpers/http-session";
import type { TestPostgres } from "../../tests/setup/postgres-server";
import { BENCH_PASSWORD, seedEmbedded, seedPostgres, type SeedReport } from "./seed";

export type BenchDb = "embedded" | "postgres";

export interface BenchApp {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** The signed-in owner's cookie header. */
  cookie: string;
  app: RunningApp;
  seed: SeedReport;
  /** From spawning the launcher on the seeded data until it printed "Tracker is running". */
  startMs: number;
  stop(): Promise<void>;
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await new HttpSession(baseUrl).logIn(BENCH_PASSWORD);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.includes("next-auth.session-token="));
  if (response.status !== 200 || !cookie) throw new Error(`sign-in failed (${response.status})`);
  return cookie;
}

async function createDatabase(server: TestPostgres, name: string): Promise<string> {
  const admin = new pg.Client(server.url("postgres"));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url(name);
}

/** Seeds `days` of history ending today, starts the app on it and signs in. */
export async function startBenchApp(
  db: BenchDb,
  days: number,
  now: Date,
  postgres?: TestPostgres,
): Promise<BenchApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "tracker-bench-"));
  let seed: SeedReport;
  let options: Parameters<typeof startApp>[0];
  if (db === "embedded") {
    seed = await seedEmbedded(dataDir, days, now);
    options = { embeddedDataDir: dataDir, env: { LOG_LEVEL: "info" } };
  } else {
    if (!postgres) throw new Error("the PostgreSQL server is not running");
    const url = await createDatabase(postgres, `tracker_bench_${days}`);
    seed = await seedPostgres(url, dataDir, days, now);
    options = { databaseUrl: url, env: { LOG_LEVEL: "info", TRACKER_DATA_DIR: dataDir } };
  }
  const started = performance.now();
  const app = await startApp(options);
  const startMs = Math.round(performance.now() - started);
  const baseUrl = app.baseUrl.replace("localhost", "127.0.0.1");
  return {
    baseUrl,
    cookie: await signIn(baseUrl),
    app,
    seed,
    startMs,
    async stop() {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The median SQL statements per request the access log counted for `method` and `route` over
 * the whole run (log lines can arrive after a load has ended, so they are read at the end).
 */
export function queriesPerRequest(app: RunningApp, method: string, route: string): number | null {
  const counts: number[] = [];
  for (const line of app.output().split("\n")) {
    if (!line.includes('"msg":"request"')) continue;
    const entry = JSON.parse(line) as { method?: string; route?: string; queries?: number };
    if (entry.method !== method || entry.route !== route) continue;
    if (typeof entry.queries === "number") counts.push(entry.queries);
  }
  counts.sort((a, b) => a - b);
  return counts[Math.floor(counts.length / 2)] ?? null;
}
