/** The page benchmark's settings, from the environment (`npm run bench` takes no flags). */
export interface PagesOptions {
  dbs: Array<"embedded" | "postgres">;
  /** History lengths in days: the short and long variants around the main one. */
  days: { short: number; main: number; long: number };
  connections: number;
  duration: number;
  warmup: number;
  rounds: number;
  minRequests: number;
  lighthouse: boolean;
  lighthouseRuns: number;
  resultsDir: string;
}

function number(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/**
 * BENCH_TINY=1: a month of history and sub-second loads, so a test can run the whole harness
 * in seconds. Otherwise 1, 5 and 10 years. BENCH_DB=embedded|postgres (default both),
 * BENCH_DURATION / BENCH_WARMUP seconds, BENCH_ROUNDS, BENCH_LIGHTHOUSE=0,
 * BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_RESULTS_DIR.
 */
export function pagesOptions(): PagesOptions {
  const tiny = process.env.BENCH_TINY === "1";
  const db = process.env.BENCH_DB ?? "all";
  if (!["all", "embedded", "postgres"].includes(db)) {
    throw new Error("BENCH_DB must be embedded, postgres or all");
  }
  return {
    dbs: db === "all" ? ["embedded", "postgres"] : [db as "embedded" | "postgres"],
    days: tiny ? { short: 14, main: 31, long: 62 } : { short: 365, main: 1826, long: 3652 },
    connections: number("BENCH_CONNECTIONS", 10),
    duration: number("BENCH_DURATION", tiny ? 0.3 : 2),
    warmup: tiny ? 0 : number("BENCH_WARMUP", 0.5),
    rounds: number("BENCH_ROUNDS", tiny ? 1 : 3),
    // Two per connection gives a percentile something to stand on; the tiny run only checks.
    minRequests: tiny ? 1 : 20,
    lighthouse: process.env.BENCH_LIGHTHOUSE !== "0" && !tiny,
    lighthouseRuns: number("BENCH_LIGHTHOUSE_RUNS", 3),
    resultsDir: process.env.BENCH_RESULTS_DIR ?? `${__dirname}/../results`,
  };
}
