import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { z } from "zod";
import { bootTimeMs, isAlive, processStartTime } from "./process-identity";

/**
 * What a lock file says about its owner. `nonce` is new for every lock written, so two locks
 * never read the same even when one process writes both. Locks written before start times
 * were recorded hold only the pid, as plain text.
 */
const lockRecordSchema = z.object({
  pid: z.number().int().positive(),
  startTime: z.string().min(1).nullable(),
  host: z.string().min(1),
  nonce: z.string().regex(/^[0-9a-f]{16}$/),
});

export type LockRecord = z.infer<typeof lockRecordSchema>;
/** A lock as read: from an older version it has no start time, host or nonce. */
export type ReadLock = LockRecord | { pid: number; startTime: null; host: null; nonce: null };

export function newLockRecord(): LockRecord {
  return {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    host: hostname(),
    nonce: randomBytes(8).toString("hex"),
  };
}

/** null: not a lock this code or an older version wrote (garbage, or empty). */
export function parseLock(text: string): ReadLock | null {
  if (/^\d+$/.test(text.trim())) {
    return { pid: Number.parseInt(text, 10), startTime: null, host: null, nonce: null };
  }
  try {
    const parsed = lockRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type LockState =
  | { live: true; reason: "same-process" | "running" | "unverifiable" | "other-host" }
  | { live: false };

/**
 * Whether the owner named by a lock still runs. The pid alone proves nothing: after a crash or
 * a reboot it may belong to any process. So a lock is stale when its pid is gone, when the
 * process with that pid started at another time than the lock's owner, or (for a lock without
 * a start time) when it was written before this system booted. On another host nothing can be
 * checked: that lock holds.
 */
export function lockState(lock: ReadLock, writtenAtMs: number): LockState {
  if (lock.host !== null && lock.host !== hostname()) return { live: true, reason: "other-host" };
  if (!isAlive(lock.pid)) return { live: false };
  const startTime = processStartTime(lock.pid);
  if (lock.startTime !== null && startTime !== null) {
    if (lock.startTime !== startTime) return { live: false };
    return { live: true, reason: lock.pid === process.pid ? "same-process" : "running" };
  }
  // Only without start times: a clock set forward after boot would make a live lock look old.
  const bootedAt = bootTimeMs();
  if (bootedAt !== null && writtenAtMs < bootedAt) return { live: false };
  // An older lock naming this very process cannot be ours: this version writes start times.
  if (lock.nonce === null && lock.pid === process.pid) return { live: false };
  return { live: true, reason: "unverifiable" };
}
