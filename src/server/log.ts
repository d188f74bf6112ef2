import pino, { type Logger } from "pino";
import { configSchema } from "./config-schema";

/**
 * One JSON logger for the whole process. Redaction is the safety net; the rule is still
 * never to pass passwords, cookies or tokens to it.
 */
const globalForLog = globalThis as unknown as { trackerLogger?: Logger };

/**
 * The logger exists from import time, before the launcher has read `.env` and validated the
 * configuration, so a bad LOG_LEVEL must not crash here: it falls back to `info`, and the
 * config validation then stops the process with a message naming LOG_LEVEL. The launcher
 * sets `logger.level` from the validated configuration.
 */
export function initialLogLevel(value: string | undefined): string {
  const parsed = configSchema.shape.LOG_LEVEL.safeParse(value?.trim() ? value : undefined);
  return parsed.success ? parsed.data : "info";
}

export const logger: Logger =
  globalForLog.trackerLogger ??
  pino({
    level: initialLogLevel(process.env.LOG_LEVEL),
    base: { app: "tracker" },
    redact: {
      paths: [
        "password",
        "*.password",
        "passwordHash",
        "*.passwordHash",
        "token",
        "*.token",
        "req.headers.cookie",
        "req.headers.authorization",
        "headers.cookie",
        "headers.authorization",
      ],
      censor: "[redacted]",
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });

globalForLog.trackerLogger = logger;
