import { createHash } from "node:crypto";
import {
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { lockState, newLockRecord, parseLock, type LockRecord, type ReadLock } from "./lock-record";

type LiveReason = "same-process" | "running" | "unverifiable" | "other-host";

function inUseMessage(dataDir: string, holder: ReadLock, reason: LiveReason): string {
  const lockFile = path.join(dataDir, "tracker.lock");
  switch (reason) {
    case "same-process":
      return `The data folder ${dataDir} is already locked by this process (pid ${holder.pid}).`;
    case "running":
      return (
        `The data folder ${dataDir} is already in use by another Tracker process (pid ${holder.pid}). ` +
        `Stop that process first, or point TRACKER_DATA_DIR at another folder.`
      );
    case "unverifiable":
      return (
        `The data folder ${dataDir} is locked by pid ${holder.pid}, which is running, but its lock ` +
        `file (from an older version) cannot tell whether it is Tracker. Stop it if it is Tracker; ` +
        `if it is not, delete ${lockFile} and start again.`
      );
    case "other-host":
      return (
        `The data folder ${dataDir} is in use by a Tracker process on the computer ${holder.host} ` +
        `(pid ${holder.pid}). Stop it there first; if none runs there, delete ${lockFile}.`
      );
  }
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: ReadLock, reason: LiveReason) {
    super(inUseMessage(dataDir, holder, reason));
    this.name = "DataDirInUseError";
  }
}

const RETRY_WAIT_MS = 50;
const MAX_ATTEMPTS = 100;

type Claim = { claimed: true } | { claimed: false; holder: ReadLock; reason: LiveReason };

interface Hooks {
  /** For tests: runs after a lock was judged stale, before it is replaced. */
  beforeTakeover?: () => void;
}

function ifPresent<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

const readText = (file: string) => ifPresent(() => readFileSync(file, "utf8"));

/** Creates `file` as a hard link to the complete `temp`: atomic, and fails if `file` exists. */
function linkIfAbsent(temp: string, file: string): boolean {
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Makes `file` hold `record`: created when absent, or replacing a stale lock. Why two
 * processes can never both win:
 * - a lock file appears only through link(), which fails when the file exists;
 * - a lock file with content X is replaced only by the holder of the guard `<file>.takeover-
 *   <hash of X>`, itself claimed by this same function, and only after it read X again while
 *   holding the guard (nothing else changes X then: X's owner is gone, and replacing X needs
 *   that guard). A guard left by a crash is stale like any lock and taken over the same way.
 * Every lock has a random nonce, so content X never comes back once replaced: whoever takes the
 * guard later reads something else and looks again.
 */
function claim(file: string, record: LockRecord, hooks: Hooks): Claim {
  const temp = `${file}.tmp-${record.nonce}`;
  writeFileSync(temp, JSON.stringify(record), { flag: "wx", mode: 0o600 });
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      if (linkIfAbsent(temp, file)) return { claimed: true };
      const text = readText(file);
      const writtenAtMs = ifPresent(() => statSync(file).mtimeMs);
      if (text === undefined || writtenAtMs === undefined) continue; // released meanwhile
      const lock = parseLock(text);
      const state = lock ? lockState(lock, writtenAtMs) : { live: false as const };
      if (lock && state.live) return { claimed: false, holder: lock, reason: state.reason };
      hooks.beforeTakeover?.();
      if (replaceStale(file, text, temp, record)) return { claimed: true };
      sleep(RETRY_WAIT_MS); // another process is replacing it, or just did: look again
    }
    throw new Error(`Could not lock ${file}: other processes kept taking it over. Try again.`);
  } finally {
    rmSync(temp, { force: true });
  }
}

function replaceStale(file: string, staleText: string, temp: string, record: LockRecord) {
  const digest = createHash("sha256").update(staleText).digest("hex").slice(0, 16);
  const guard = `${file}.takeover-${digest}`;
  if (!claim(guard, record, {}).claimed) return false;
  try {
    if (readText(file) !== staleText) return false;
    renameSync(temp, file);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * An exclusive lock on the data folder: PGlite must never be opened by two processes at once.
 * A lock whose owner is no longer running (see `lockState`) is taken over.
 */
export function lockDataDir(dataDir: string, hooks: Hooks = {}): { release(): void } {
  // Private: it holds the database, the session key and (usually) the database socket.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lockFile = path.join(dataDir, "tracker.lock");
  const record = newLockRecord();
  const result = claim(lockFile, record, hooks);
  if (!result.claimed) throw new DataDirInUseError(dataDir, result.holder, result.reason);
  const ours = JSON.stringify(record);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // Only our own lock: one wrongly judged stale and taken over belongs to the new owner.
      if (readText(lockFile) === ours) rmSync(lockFile, { force: true });
    },
  };
}
