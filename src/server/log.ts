import type { Logger } from "pino";
import { configSchema } from "./config-schema";
import { createLogger } from "./log-options";

/**
 * One JSON logger for the whole process; its options (redaction, the error serializer that
 * keeps user data out) are in log-options.ts.
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
  globalForLog.trackerLogger ?? createLogger(initialLogLevel(process.env.LOG_LEVEL));

globalForLog.trackerLogger = logger;
