import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Unix socket paths are limited to 107 bytes; longer data folders fall back to loopback. */
const MAX_SOCKET_PATH = 100;

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  readonly url: string;
  /** The socket file or host:port, for messages. */
  readonly address: string;
  stop(): Promise<void>;
}

/**
 * Serves PGlite (PostgreSQL in WASM) over the wire protocol, on a private Unix socket inside
 * the data folder, so the app reaches it with the same `pg` driver as real PostgreSQL.
 * `dataDir` undefined means an in-memory database (tests). The caller holds the folder lock.
 */
export async function startEmbeddedPostgres(
  dataDir?: string,
  options: { maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  let db: PGlite;
  let socketPath: string | undefined;
  if (dataDir) {
    const pgData = path.join(dataDir, "pgdata");
    mkdirSync(pgData, { recursive: true });
    db = await PGlite.create(pgData);
    const candidate = path.join(path.resolve(dataDir), ".s.PGSQL.5432");
    if (Buffer.byteLength(candidate) <= MAX_SOCKET_PATH) {
      if (existsSync(candidate)) rmSync(candidate);
      socketPath = candidate;
    }
  } else {
    db = await PGlite.create();
  }

  const server = new PGLiteSocketServer({
    db,
    ...(socketPath ? { path: socketPath } : { host: "127.0.0.1", port: 0 }),
    maxConnections: options.maxConnections ?? 4,
  });
  await server.start();

  const address = server.getServerConn();
  const url = socketPath
    ? `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(path.dirname(socketPath))}`
    : `postgresql://postgres@${address}/postgres`;

  let stopped = false;
  return {
    url,
    address,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (socketPath && existsSync(socketPath)) rmSync(socketPath);
    },
  };
}
