/** The page benchmark's result: one JSON file and one Markdown table per database and day. */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import type { FirstLoad } from "./first-load";
import type { LighthouseScores } from "./lighthouse";
import type { RouteResult } from "./measure";
import type { SeedReport } from "./seed";
import type { BenchDb } from "./servers";

export interface ScalingResult {
  path: string;
  /** p50 per history length, in days. */
  p50ByDays: Record<string, number>;
  /** p50 with the longest history over p50 with the shortest, median of the rounds' ratios. */
  ratio: number;
}

export interface PagesReport {
  format: "tracker-bench-pages";
  version: 1;
  date: string;
  db: BenchDb;
  machine: { cpus: number; memoryGiB: number; node: string };
  settings: { connections: number; duration: number; warmup: number; rounds: number };
  seeds: SeedReport[];
  /** Launcher spawn to "Tracker is running", on the seeded main data set. */
  startMs: number;
  /** Peak RSS of the main server's process tree over all its loads. */
  peakRssMiB: number;
  routes: RouteResult[];
  scaling: ScalingResult[];
  firstLoadJs: FirstLoad[];
  lighthouse: LighthouseScores[] | null;
}

export function machine(): PagesReport["machine"] {
  return {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "–");

export function markdown(report: PagesReport): string {
  const main = report.seeds[report.seeds.length > 1 ? 1 : 0];
  const lines = [
    `### ${report.db}, ${report.date}: ${main?.days ?? "?"} days of history, ` +
      `${report.settings.connections} connections, ${report.settings.duration} s × ${report.settings.rounds} rounds`,
    "",
    "| Route | p50 ms | p97.5 | p99 | req/s | × health | SQL | bytes |",
    "|---|---|---|---|---|---|---|---|",
    ...report.routes.map(
      (r) =>
        `| ${r.label} | ${ms(r.p50)} | ${ms(r.p975)} | ${ms(r.p99)} | ${r.reqPerSec.toFixed(1)} | ` +
        `${r.ratioToHealth.toFixed(1)} | ${r.queries ?? "–"} | ${r.bytes} |`,
    ),
    "",
    `Scaling (p50 ms by days of history): ` +
      report.scaling
        .map(
          (s) =>
            `${s.path} ${Object.entries(s.p50ByDays)
              .map(([days, p50]) => `${days}d ${ms(p50)}`)
              .join(" / ")} (${s.ratio.toFixed(2)}×)`,
        )
        .join("; "),
    `Peak RSS ${report.peakRssMiB} MiB; start on the seeded data ${report.startMs} ms.`,
    `First-load JS (kB gzip): ${report.firstLoadJs.map((f) => `${f.page} ${f.kB}`).join(", ")}.`,
    report.lighthouse
      ? `Lighthouse (mobile, median of the runs; performance / accessibility / best practices): ${report.lighthouse
          .map(
            (l) =>
              `${l.path} ${l.performance} / ${l.accessibility} / ${l.bestPractices}` +
              (l.runs.length > 1 ? ` (performance ${l.runs.join(", ")})` : "") +
              (l.failed.length ? ` (failed: ${l.failed.join(", ")})` : ""),
          )
          .join("; ")}.`
      : "Lighthouse: not run.",
  ];
  return `${lines.join("\n")}\n`;
}

/** Writes `<dir>/<date>-<db>.json` and `.md`; returns the JSON file's path. */
export function writeReport(report: PagesReport, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${report.date}-${report.db}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(report));
  return `${base}.json`;
}
