/**
 * `npm run bench -- pages`: every page under load on 5 years of history (and Today, Weight and
 * Insights on 1 and 10 years), on the embedded database and on real PostgreSQL. Prints one table
 * per database and writes bench/results/<date>-<db>.json and .md. See bench/README.md.
 */
import { ensureProductionBuild } from "../scripts/lib/build";
import { findPostgresBinaries, startTestPostgres } from "../tests/setup/postgres-server";
import { firstLoadJs } from "./pages/first-load";
import { lighthouseAvailable, runLighthouse } from "./pages/lighthouse";
import { combineRounds, measureRoute, median } from "./pages/measure";
import { pagesOptions, type PagesOptions } from "./pages/options";
import { machine, markdown, writeReport, type PagesReport } from "./pages/report";
import { benchRoutes, SCALING_PAGES } from "./pages/routes";
import { sampleRss } from "./pages/rss";
import { startBenchApp, type BenchApp, type BenchDb } from "./pages/servers";

async function benchDatabase(db: BenchDb, options: PagesOptions, runLh: boolean) {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const postgres = db === "postgres" ? await startTestPostgres() : undefined;
  const servers: BenchApp[] = [];
  try {
    const { short, main, long } = options.days;
    for (const days of [short, main, long]) {
      const started = performance.now();
      servers.push(await startBenchApp(db, days, now, postgres));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`${db}: ${days} days seeded and served in ${seconds} s`);
    }
    const [shortApp, mainApp, longApp] = servers as [BenchApp, BenchApp, BenchApp];
    const day = new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    const routes = benchRoutes(day);
    const rss = sampleRss(mainApp.app.process.pid ?? 0);
    const rounds = [];
    const scalingRatios = new Map<string, number[]>();
    const scalingP50 = new Map<string, number[][]>();
    for (let round = 0; round < options.rounds; round += 1) {
      const results = [];
      // The servers stay warm between rounds: only the first one needs a warm-up.
      const settings = round === 0 ? options : { ...options, warmup: 0 };
      for (const route of routes) {
        const onMain = await measureRoute(mainApp, route, settings);
        results.push(onMain);
        if (route.kind !== "page" || !SCALING_PAGES.includes(route.path)) continue;
        const onShort = await measureRoute(shortApp, route, settings);
        const onLong = await measureRoute(longApp, route, settings);
        scalingRatios.set(route.path, [
          ...(scalingRatios.get(route.path) ?? []),
          onLong.p50 / onShort.p50,
        ]);
        scalingP50.set(route.path, [
          ...(scalingP50.get(route.path) ?? []),
          [onShort.p50, onMain.p50, onLong.p50],
        ]);
      }
      rounds.push(results);
      console.log(`${db}: round ${round + 1} of ${options.rounds} done`);
    }
    rss.stop();
    const report: PagesReport = {
      format: "tracker-bench-pages",
      version: 1,
      date: today,
      db,
      machine: machine(),
      settings: {
        connections: options.connections,
        duration: options.duration,
        warmup: options.warmup,
        rounds: options.rounds,
      },
      seeds: servers.map((s) => s.seed),
      startMs: mainApp.startMs,
      peakRssMiB: rss.peakMiB(),
      routes: combineRounds(mainApp, routes, rounds),
      scaling: SCALING_PAGES.map((path) => {
        const runs = scalingP50.get(path) ?? [];
        const p50ByDays = Object.fromEntries(
          [short, main, long].map((days, i) => [
            String(days),
            median(runs.map((run) => run[i] ?? NaN)),
          ]),
        );
        return { path, p50ByDays, ratio: median(scalingRatios.get(path) ?? []) };
      }),
      firstLoadJs: firstLoadJs(),
      lighthouse: runLh
        ? await runLighthouse(
            mainApp.baseUrl,
            mainApp.cookie,
            SCALING_PAGES,
            options.lighthouseRuns,
          )
        : null,
    };
    const file = writeReport(report, options.resultsDir);
    console.log(`\n${markdown(report)}\nwritten: ${file}`);
  } finally {
    for (const server of servers) await server.stop();
    await postgres?.stop();
  }
}

void (async () => {
  const options = pagesOptions();
  ensureProductionBuild(`${__dirname}/..`);
  let lighthouse = options.lighthouse && lighthouseAvailable();
  if (options.lighthouse && !lighthouse)
    console.log("Lighthouse: no Chromium at /usr/bin/chromium (set CHROME_PATH); skipped.");
  for (const db of options.dbs) {
    if (db === "postgres" && !findPostgresBinaries()) {
      console.log("PostgreSQL: no server binaries (Debian: apt-get install postgresql); skipped.");
      continue;
    }
    await benchDatabase(db, options, lighthouse);
    lighthouse = false; // the pages' HTML and scripts are the same on either database
  }
})().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
