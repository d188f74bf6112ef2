/** Peak resident memory of a process and its descendants, sampled from /proc (Linux). */
import { readFileSync } from "node:fs";

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ""; // the process ended between two reads
  }
}

function treeRssKiB(pid: number): number {
  const own = Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0);
  const children = read(`/proc/${pid}/task/${pid}/children`).split(" ").filter(Boolean);
  return children.reduce((sum, child) => sum + treeRssKiB(Number(child)), own);
}

export interface RssSampler {
  /** Highest sum seen since start, in MiB. */
  peakMiB(): number;
  stop(): void;
}

export function sampleRss(pid: number, everyMs = 200): RssSampler {
  let peak = treeRssKiB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(pid))), everyMs);
  // A failed run must still exit: the sampler never keeps the process alive.
  timer.unref();
  return {
    peakMiB: () => Math.round(peak / 1024),
    stop: () => clearInterval(timer),
  };
}
