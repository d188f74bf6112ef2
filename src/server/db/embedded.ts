import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { logger } from "../log";
import { checkDataFolderAccess, openFailureError } from "./data-folder-access";
import { onFirstFailure } from "./embedded-failure";

/** Unix socket paths are limited to 107 bytes (with room to spare). */
const MAX_SOCKET_PATH = 100;
const SOCKET_NAME = ".s.PGSQL.5432";

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  readonly url: string;
  /** The socket file or host:port, for messages. */
  readonly address: string;
  stop(): Promise<void>;
}

const fits = (dir: string) => Buffer.byteLength(path.join(dir, SOCKET_NAME)) <= MAX_SOCKET_PATH;

/**
 * Where the socket goes: in the data folder (mode 0700) when the path is short enough, else in
 * a fresh private folder of this process under the temp folder (mkdtemp: 0700, a new name each
 * start, so nobody can prepare it). `temporary` folders are removed on stop.
 */
function socketDirectory(dataDir: string): { dir: string; temporary: boolean } | undefined {
  if (fits(dataDir)) return { dir: dataDir, temporary: false };
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-sock-"));
  chmodSync(dir, 0o700);
  if (fits(dir)) return { dir, temporary: true };
  rmSync(dir, { recursive: true, force: true });
  return undefined;
}

/**
 * Serves PGlite (PostgreSQL in WASM) over the wire protocol on a private Unix socket, so the
 * app reaches it with the same `pg` driver as real PostgreSQL. Only when no short enough
 * socket path exists does it fall back to loopback TCP, which has no password: any local user
 * could connect then, hence the warning.
 * `dataDir` undefined means an in-memory database (tests). The caller holds the folder lock.
 */
export async function startEmbeddedPostgres(
  dataDir?: string,
  options: { maxConnections?: number; onFailure?: (error: unknown) => void } = {},
): Promise<EmbeddedPostgres> {
  let db: PGlite;
  let socket: { dir: string; temporary: boolean } | undefined;
  if (dataDir) {
    const folder = path.resolve(dataDir);
    checkDataFolderAccess(folder);
    mkdirSync(path.join(folder, "pgdata"), { recursive: true, mode: 0o700 });
    db = await PGlite.create(path.join(folder, "pgdata")).catch(async (error: unknown) => {
      throw await openFailureError(folder, error);
    });
    socket = socketDirectory(folder);
    if (!socket) logger.warn({ dataDir: folder }, "no short socket path: embedded database on TCP");
  } else {
    db = await PGlite.create();
  }
  onFirstFailure(db, (error) => {
    const message = "the embedded database failed and serves nothing more until it is restarted";
    logger.fatal({ err: error, dataDir }, message);
    options.onFailure?.(error);
  });
  const socketPath = socket && path.join(socket.dir, SOCKET_NAME);
  if (socketPath && existsSync(socketPath)) rmSync(socketPath);

  const server = new PGLiteSocketServer({
    db,
    ...(socketPath ? { path: socketPath } : { host: "127.0.0.1", port: 0 }),
    maxConnections: options.maxConnections ?? 4,
  });
  try {
    await server.start();
    if (socketPath) chmodSync(socketPath, 0o600);
  } catch (error) {
    await db.close();
    if (socket?.temporary) rmSync(socket.dir, { recursive: true, force: true });
    throw error;
  }

  const address = server.getServerConn();
  const url = socket
    ? `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socket.dir)}`
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
      if (socket?.temporary) rmSync(socket.dir, { recursive: true, force: true });
    },
  };
}
