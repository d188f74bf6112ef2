import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Whether a process with this pid exists (EPERM: it does, but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * When the process with this pid started, as an opaque text that differs between two
 * processes that had the same pid; null when the system does not tell (or no such process).
 * Linux: the boot's id and field 22 of /proc/<pid>/stat (clock ticks since boot). Elsewhere
 * (macOS, BSD): `ps -o lstart=`, to the second.
 */
export function processStartTime(pid: number): string | null {
  if (process.platform === "linux") {
    const stat = readText(`/proc/${pid}/stat`);
    const bootId = readText("/proc/sys/kernel/random/boot_id")?.trim();
    if (stat === null || !bootId) return null;
    // Field 2 (the command name, in parentheses) may hold spaces: count from its end.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const startTicks = fields[22 - 3];
    return startTicks ? `${bootId}:${startTicks}` : null;
  }
  if (process.platform === "win32") return null;
  try {
    const started = execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return started || null;
  } catch {
    return null;
  }
}

/** When this system booted (ms since the epoch), where the system says (Linux); else null. */
export function bootTimeMs(): number | null {
  const line = readText("/proc/stat")
    ?.split("\n")
    .find((entry) => entry.startsWith("btime "));
  const seconds = line ? Number.parseInt(line.slice("btime ".length), 10) : Number.NaN;
  return Number.isInteger(seconds) ? seconds * 1000 : null;
}
