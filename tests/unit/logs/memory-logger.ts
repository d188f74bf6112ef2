import { createLogger } from "@/server/log-options";

/** The process logger's configuration, writing its JSON lines to memory. */
export function memoryLogger() {
  const lines: string[] = [];
  const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
  return {
    logger,
    text: () => lines.join(""),
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
