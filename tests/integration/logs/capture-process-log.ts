import type { Logger } from "pino";
import { createLogger } from "@/server/log-options";

/**
 * Import this before anything that imports src/server/log.ts: the process logger is then this
 * one, with the real options, writing to memory instead of stdout.
 */
const lines: string[] = [];
const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
(globalThis as { trackerLogger?: Logger }).trackerLogger = logger;

export const processLog = {
  logger,
  text: () => lines.join(""),
  clear: () => void lines.splice(0),
};
