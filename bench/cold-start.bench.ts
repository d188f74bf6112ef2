/**
 * Cold start of `npm start` on an existing embedded data folder holding the benchmark owner's
 * five years (bench/lib/history.ts): time from spawning the launcher until it prints
 * "Tracker is running" and until /api/health answers 200.
 * Prints figures; asserts nothing. Needs a production build (`npm run build` or one `npm start`).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../tests/helpers/free-port";
import { npmStartArgs } from "../tests/helpers/npm-start";
import { median } from "./pages/measure";
import { seedEmbedded } from "./pages/seed";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = path.join(__dirname, "..");

async function startOnce(dataDir: string): Promise<{ readyMs: number; healthyMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, npmStartArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      TRACKER_DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const readyMs = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Tracker is running")) resolve(performance.now() - started);
    });
    child.once("exit", (code) => reject(new Error(`launcher exited with ${code}`)));
  });
  let healthyMs = 0;
  while (!healthyMs) {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (response?.status === 200) healthyMs = performance.now() - started;
  }
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return { readyMs, healthyMs };
}

void (async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "tracker-bench-"));
  try {
    await seedEmbedded(dataDir, 1826, new Date());
    await startOnce(dataDir); // the first start after seeding also creates the session secret
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await startOnce(dataDir));
    console.log(`cold start on an existing data folder (5 years), ${RUNS} runs:`);
    console.log(`  launcher ready: median ${median(runs.map((r) => r.readyMs)).toFixed(0)} ms`);
    console.log(
      `  first healthy /api/health: median ${median(runs.map((r) => r.healthyMs)).toFixed(0)} ms`,
    );
    console.log(
      `  all: ${runs.map((r) => `${r.readyMs.toFixed(0)}/${r.healthyMs.toFixed(0)}`).join(", ")} ms`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
})();
