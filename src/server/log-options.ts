import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { isError, serializeError, type SerializedError } from "./log-serializers";

/** Keys whose values never reach a log line, wherever a caller put them (top level or one down). */
const SECRET_KEYS = [
  "password",
  "passwordHash",
  "password_hash",
  "currentPassword",
  "newPassword",
  "current",
  "confirm",
  "token",
  "setupToken",
  "sessionToken",
  "accessToken",
  "refreshToken",
  "secret",
  "cookie",
  "cookies",
  "authorization",
  // User text: a diary entry's content, a query's parameter values.
  "content",
  "parameters",
];
const HEADER_PATHS = ["cookie", "authorization", '["set-cookie"]'].flatMap((name) => {
  const key = name.startsWith("[") ? name : `.${name}`;
  return [`headers${key}`, `*.headers${key}`];
});
export const REDACTED_PATHS = [...SECRET_KEYS.flatMap((key) => [key, `*.${key}`]), ...HEADER_PATHS];

/** Every top-level Error goes through the error serializer, whatever key it was logged under. */
function serializeErrors(object: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(object);
  if (!entries.some(([, value]) => isError(value))) return object;
  return Object.fromEntries(
    entries.map(([key, value]) => [key, isError(value) ? serializeError(value) : value]),
  );
}

/** The error a call logs without its own message, whose raw message pino would use instead. */
function loggedError(first: unknown): unknown {
  if (isError(first)) return first;
  if (typeof first !== "object" || first === null || Reflect.get(first, "msg") !== undefined) {
    return undefined;
  }
  return Reflect.get(first, "err") ?? Reflect.get(first, "error");
}

const options: LoggerOptions = {
  base: { app: "tracker" },
  redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  serializers: { err: serializeError, error: serializeError },
  formatters: { log: serializeErrors },
  hooks: {
    logMethod(args, method) {
      const [first, ...rest] = args;
      const error = rest.length === 0 ? loggedError(first) : undefined;
      if (error === undefined) return method.apply(this, args);
      const { message } = serializeError(error) as SerializedError;
      return method.apply(this, [first, message]);
    },
  },
  timestamp: pino.stdTimeFunctions.isoTime,
};

/**
 * The process logger's configuration, on any destination (the tests pass an in-memory one).
 * Redaction is the safety net; the rule is still never to pass user text, passwords, cookies
 * or tokens to the logger.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const withLevel = { ...options, level };
  return destination ? pino(withLevel, destination) : pino(withLevel);
}
