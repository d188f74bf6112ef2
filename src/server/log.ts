import pino, { type Logger } from "pino";

/**
 * One JSON logger for the whole process. Redaction is the safety net; the rule is still
 * never to pass passwords, cookies or tokens to it.
 */
const globalForLog = globalThis as unknown as { trackerLogger?: Logger };

export const logger: Logger =
  globalForLog.trackerLogger ??
  pino({
    level: process.env.LOG_LEVEL ?? "info",
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
