import type { Server } from "node:http";
import type { Logger } from "pino";
import { destroySharedDataSource } from "../../src/server/db/shared-data-source";

/** How long requests already in flight get to finish once a stop signal arrives. */
const HTTP_GRACE_MS = 5_000;
/** How long closing the database may take before the process exits anyway. */
const DATABASE_GRACE_MS = 10_000;

/** Whether `work` settled within `ms` (it is not cancelled otherwise, only no longer awaited). */
function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  return Promise.race([work.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

/** Stops accepting connections, gives in-flight requests a moment, then cuts the rest. */
export async function closeHttpServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await within(HTTP_GRACE_MS, closed);
  server.closeAllConnections();
  await closed;
}

export interface ShutdownParts {
  logger: Logger;
  server(): Server | undefined;
  closeDatabase(): Promise<void>;
}

/**
 * On SIGINT / SIGTERM: HTTP server first (no new requests, in-flight ones finish), then the
 * app's connection pool, then the embedded database, so every acknowledged write is on disk.
 */
export function handleStopSignals(parts: ShutdownParts): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    parts.logger.info({ signal }, "shutting down");
    let code = 0;
    const step = async (name: string, work: () => Promise<void>, ms: number) => {
      try {
        if (!(await within(ms, work()))) {
          code = 1;
          parts.logger.warn({ step: name, ms }, "shutdown step timed out");
        }
      } catch (error) {
        code = 1;
        parts.logger.error({ err: error, step: name }, "shutdown step failed");
      }
    };
    const server = parts.server();
    if (server) await step("http", () => closeHttpServer(server), HTTP_GRACE_MS * 2);
    // The app's pool, opened by Next's route code in this process, says goodbye properly.
    await step("app database pool", destroySharedDataSource, DATABASE_GRACE_MS);
    await step("database", parts.closeDatabase, DATABASE_GRACE_MS);
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
