import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import next from "next";
import type { Logger } from "pino";
import { withQueryStats } from "../../src/server/db/query-stats";
import { applyForwardedFor } from "./forwarded-for";

/**
 * Next.js in this process behind a plain HTTP server that logs one JSON line per request,
 * with the number of SQL statements the request sent. Only the path is logged, never the
 * query string (the setup link carries a token).
 */
export async function startNextServer(options: {
  dev: boolean;
  host: string;
  port: number;
  /** TRACKER_TRUSTED_PROXY_HOPS: how X-Forwarded-For is rewritten (see forwarded-for.ts). */
  trustedProxyHops: number;
  logger: Logger;
}): Promise<Server> {
  const app = next({
    dev: options.dev,
    dir: process.cwd(),
    hostname: options.host,
    port: options.port,
  });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const started = performance.now();
    const requestId = randomUUID();
    const stats = { queries: 0 };
    req.headers["x-request-id"] = requestId;
    applyForwardedFor(req, options.trustedProxyHops);
    res.on("finish", () => {
      const route = (req.url ?? "/").split("?")[0];
      if (route?.startsWith("/_next/")) return;
      options.logger.info(
        {
          requestId,
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
          queries: stats.queries,
        },
        "request",
      );
    });
    void withQueryStats(stats, () => handle(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${options.port} is already in use. Set PORT to another port.`)
          : error,
      ),
    );
    server.listen(options.port, options.host, resolve);
  });
  return server;
}
