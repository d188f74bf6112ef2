import { types } from "node:util";

/**
 * What a logged error keeps. Besides type, message and stack only these fields, by allowlist:
 * names from the schema and the server (pg's code, table, constraint…), never values. Dropped,
 * among others: `parameters`, `driverError`, pg's `detail` ("Failing row contains (…)"),
 * `where`, `hint`, `internalQuery`.
 */
const KEPT_FIELDS = [
  "code",
  "errno",
  "syscall",
  "severity",
  "routine",
  "schema",
  "table",
  "column",
  "dataType",
  "constraint",
  "position",
  "digest",
] as const;

/** SQLSTATE codes: two class characters (digits, or F0, HV, P0, XX), three more. */
const SQLSTATE = /^(?:[0-9]{2}|F0|HV|P0|XX)[0-9A-Z]{3}$/;
const MAX_QUERY_LENGTH = 2000;
const MAX_CAUSES = 5;

type ErrorLike = Record<string, unknown> & { message: string };
export type SerializedError = Record<string, unknown> & { type: string; message: string };

const serialized = new WeakSet<object>();

function isErrorLike(value: unknown): value is ErrorLike {
  return (
    typeof value === "object" && value !== null && typeof Reflect.get(value, "message") === "string"
  );
}

/** A real Error object (also one made in another realm, which `instanceof` misses). */
export function isError(value: unknown): value is Error {
  return value instanceof Error || types.isNativeError(value);
}

/** PostgreSQL's (pg, PGlite, TypeORM's QueryFailedError) or the Aurora Data API's errors. */
function isDatabaseError(error: ErrorLike): boolean {
  return (
    "driverError" in error ||
    "$metadata" in error ||
    typeof error.severity === "string" ||
    (typeof error.code === "string" && SQLSTATE.test(error.code))
  );
}

function causesOf(error: ErrorLike): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let next: unknown = error.cause; isErrorLike(next) && chain.length < MAX_CAUSES;) {
    if (next === error || chain.includes(next)) break;
    chain.push(next);
    next = next.cause;
  }
  return chain;
}

/**
 * A database message can quote the value that failed (`invalid input syntax for type date:
 * "0000-01-01"`), and the Data API appends Detail and Hint lines. Kept: the first line, with
 * everything from its first quote to its last (double quotes, then single) replaced by "…".
 * Identifiers go too; `table`, `column` and `constraint` still name them.
 */
export function scrubDatabaseMessage(message: string): string {
  const firstLine = message.split("\n", 1)[0] ?? "";
  return firstLine.replace(/".*"/, '"…"').replace(/'.*'/, "'…'");
}

function typeOf(error: ErrorLike): string {
  const name = typeof error.constructor === "function" ? error.constructor.name : "";
  return name && name !== "Object" ? name : typeof error.name === "string" ? error.name : "Error";
}

/** The stack's frames under a new first line: its original first lines repeat the message. */
function stackOf(error: ErrorLike, header: string): string | undefined {
  if (typeof error.stack !== "string") return undefined;
  const frames = error.stack.split("\n").filter((line) => /^\s+at /.test(line));
  return [header, ...frames].join("\n");
}

function serializeOne(error: ErrorLike, scrub: boolean): SerializedError {
  const type = typeOf(error);
  const message = scrub ? scrubDatabaseMessage(error.message) : error.message;
  const out: SerializedError = { type, message };
  const stack = stackOf(error, `${type}: ${message}`);
  if (stack) out.stack = stack;
  for (const field of KEPT_FIELDS) {
    const value = error[field];
    if (typeof value === "string" || typeof value === "number") out[field] = value;
  }
  if (scrub && typeof error.query === "string") {
    out.query =
      error.query.length > MAX_QUERY_LENGTH
        ? `${error.query.slice(0, MAX_QUERY_LENGTH)}…`
        : error.query;
  }
  if (Array.isArray(error.errors)) out.errors = error.errors.map(serializeError);
  return out;
}

/**
 * pino's `err` serializer. An error becomes its allowlisted fields and a `cause` chain of the
 * same; when any error of the chain comes from the database, every message in it is scrubbed
 * (wrappers often repeat the inner message). A thrown non-error is logged as its type only.
 */
export function serializeError(value: unknown): unknown {
  if (typeof value === "object" && value !== null && serialized.has(value)) return value;
  if (!isErrorLike(value)) {
    return value === undefined ? undefined : { type: typeof value, message: "(not an Error)" };
  }
  const causes = causesOf(value);
  const scrub = [value, ...causes].some(isDatabaseError);
  const root = serializeOne(value, scrub);
  let parent = root;
  for (const cause of causes) {
    const next = serializeOne(cause, scrub);
    parent.cause = next;
    parent = next;
  }
  serialized.add(root);
  return root;
}
