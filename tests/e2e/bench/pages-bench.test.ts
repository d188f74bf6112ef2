import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { isPublicRoute, listAppRoutes } from "../../helpers/app-routes";

/**
 * `npm run bench -- pages` in its tiny mode (a month of history, sub-second loads, embedded
 * database), so the harness cannot rot: it must seed through the app's import, sign in, load
 * every page and action without a single failed response, and write a result of the documented
 * shape. Timings are not asserted (they live in bench/, not in the test suite).
 */
const ROOT = path.join(__dirname, "../../..");

const figure = z.number().nonnegative();
const routeSchema = z.object({
  label: z.string(),
  kind: z.enum(["floor", "health", "page", "action"]),
  path: z.string().startsWith("/"),
  p50: figure,
  p975: figure,
  p99: figure,
  reqPerSec: z.number().positive(),
  ratioToHealth: z.number().positive(),
  queries: z.number().int().nonnegative().nullable(),
  bytes: z.number().int().positive(),
  non2xx: z.literal(0),
  errors: z.literal(0),
});
const reportSchema = z.object({
  format: z.literal("tracker-bench-pages"),
  version: z.literal(1),
  date: z.iso.date(),
  db: z.literal("embedded"),
  machine: z.object({ cpus: z.number().int().positive(), memoryGiB: figure, node: z.string() }),
  settings: z.object({
    connections: z.literal(10),
    duration: figure,
    warmup: figure,
    rounds: z.literal(1),
  }),
  seeds: z
    .array(
      z.object({
        days: z.number().int(),
        completions: z.number().int().positive(),
        seconds: figure,
      }),
    )
    .length(3),
  startMs: z.number().positive(),
  peakRssMiB: z.number().positive(),
  routes: z.array(routeSchema),
  scaling: z
    .array(
      z.object({
        path: z.string(),
        p50ByDays: z.record(z.string(), z.number().positive()),
        ratio: z.number().positive(),
      }),
    )
    .length(3),
  firstLoadJs: z.array(z.object({ page: z.string(), kB: z.number().positive() })),
  lighthouse: z.null(),
});

let resultsDir: string;
let report: z.infer<typeof reportSchema>;
let output = "";

beforeAll(async () => {
  resultsDir = mkdtempSync(path.join(tmpdir(), "tracker-bench-results-"));
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "bench/pages.bench.ts"],
    {
      cwd: ROOT,
      env: { ...process.env, BENCH_TINY: "1", BENCH_DB: "embedded", BENCH_RESULTS_DIR: resultsDir },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`the bench exited with ${code}:\n${output}`);
  const [json] = readdirSync(resultsDir).filter((file) => file.endsWith("-embedded.json"));
  report = reportSchema.parse(JSON.parse(readFileSync(path.join(resultsDir, json ?? ""), "utf8")));
}, 300_000);
afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

describe("the page benchmark in tiny mode", () => {
  it("seeds three history lengths around a month, the longest with the most completions", () => {
    expect(report.seeds.map((seed) => seed.days)).toEqual([14, 31, 62]);
    const [short, main, long] = report.seeds.map((seed) => seed.completions);
    expect(short).toBeLessThan(main ?? 0);
    expect(main).toBeLessThan(long ?? 0);
  });

  it("loads the floor, health, every signed-in page and both write actions, all answered 2xx", () => {
    const pages = listAppRoutes()
      .filter((route) => route.kind === "page" && !isPublicRoute(route.path))
      .map((route) => route.path.replace(/^\/diary\/1$/, "/diary/"));
    const measured = report.routes.filter((route) => route.kind === "page").map((r) => r.path);
    expect(measured).toHaveLength(pages.length);
    for (const page of pages) expect(measured.some((p) => p.startsWith(page))).toBe(true);
    expect(report.routes.map((route) => route.kind)).toEqual(
      expect.arrayContaining(["floor", "health", "action"]),
    );
    expect(report.routes.filter((route) => route.kind === "action")).toHaveLength(2);
  });

  it("counts SQL statements from the access log for every page and action", () => {
    for (const route of report.routes.filter((r) => r.kind === "page" || r.kind === "action")) {
      expect({ route: route.path, queries: route.queries }).toEqual({
        route: route.path,
        queries: expect.any(Number),
      });
    }
    expect(report.routes.find((route) => route.kind === "floor")?.queries).toBeNull();
  });

  it("reports Today, Weight and Insights per history length, and the build's first-load JS", () => {
    expect(report.scaling.map((s) => s.path)).toEqual(["/", "/weight", "/insights"]);
    for (const s of report.scaling) expect(Object.keys(s.p50ByDays)).toEqual(["14", "31", "62"]);
    expect(report.firstLoadJs.map((f) => f.page)).toEqual(
      expect.arrayContaining(["/", "/weight", "/insights", "/tasks/[id]"]),
    );
  });

  it("writes the Markdown table beside the JSON and prints it", () => {
    const markdownFile = readdirSync(resultsDir).find((file) => file.endsWith("-embedded.md"));
    const table = readFileSync(path.join(resultsDir, markdownFile ?? ""), "utf8");
    expect(table).toContain("| Route | p50 ms | p97.5 | p99 | req/s | × health | SQL | bytes |");
    expect(table).toContain("| /weight |");
    expect(output).toContain(table.split("\n")[0]);
  });
});
