/**
 * Errors that mean the database cannot be reached right now (down, restarting, out of
 * connections, a paused Aurora resuming), not that a statement was wrong: the client is told
 * to try again in a moment (503), and nothing was written.
 */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH"]);
/** SQLSTATE: class 08 (connection exception), shutdown or start-up in progress, no slots. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|connection error|Communications link failure|is resuming|not yet accepting connections/i;

export const DATABASE_UNAVAILABLE =
  "The database cannot be reached right now, so nothing was saved. Please try again in a moment.";

export const DATABASE_DISK_FULL =
  "The database's disk is full, so nothing was saved. Free some space where Tracker keeps its data, then try again.";

/** SQLSTATE disk_full: PostgreSQL could not extend a file (ENOSPC); what was asked is undone. */
const DISK_FULL_SQLSTATE = "53100";

interface ErrorLike {
  message: string;
  code?: unknown;
  syscall?: unknown;
  cause?: unknown;
  driverError?: unknown;
}

/** Error-shaped, not `instanceof Error`: errors from Node's core can come from another realm. */
const isErrorLike = (value: unknown): value is ErrorLike =>
  typeof value === "object" && value !== null && typeof (value as ErrorLike).message === "string";

/** The error, TypeORM's driver error inside it, and their causes. */
function causes(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current = error;
  while (isErrorLike(current) && chain.length < 5) {
    chain.push(current);
    const next = current.driverError ?? current.cause;
    current = next === current ? undefined : next;
  }
  return chain;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(({ code, syscall, message }) => {
    // A Unix socket that is not there: the server is down (a local or test PostgreSQL).
    if (code === "ENOENT" && syscall === "connect") return true;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) {
      return true;
    }
    return UNAVAILABLE_MESSAGE.test(message);
  });
}

/**
 * The sentence for a database that cannot take a request right now, through no fault of the
 * request (unreachable, or its disk full); null for any other error.
 */
export function databaseOutage(error: unknown): string | null {
  if (isDatabaseUnavailable(error)) return DATABASE_UNAVAILABLE;
  if (causes(error).some(({ code }) => code === DISK_FULL_SQLSTATE)) return DATABASE_DISK_FULL;
  return null;
}
