import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

/**
 * A private PostgreSQL server from the machine's own packages (Debian's postgresql), on a
 * Unix socket in a temp folder and a random port. As root it runs as the `postgres` user,
 * because PostgreSQL refuses to run as root.
 */
function findBinDir(): string {
  try {
    const fromPgConfig = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    if (existsSync(path.join(fromPgConfig, "initdb"))) return fromPgConfig;
  } catch {
    // no pg_config on PATH; look in Debian's layout below
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = path.join(root, version, "bin");
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  throw new Error(
    "PostgreSQL server binaries not found. Install them (Debian: apt-get install postgresql) " +
      "or run `bash .ci/run`, which does.",
  );
}

/** The server binaries' folder, or undefined when PostgreSQL is not installed. */
export function findPostgresBinaries(): string | undefined {
  try {
    return findBinDir();
  } catch {
    return undefined;
  }
}

function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return userInfo().uid === 0
    ? ["runuser", ["-u", "postgres", "--", command, ...args]]
    : [command, args];
}

export interface TestPostgres {
  url(database: string): string;
  stop(): Promise<void>;
  /** Shuts the server down (fast), keeping its data, as an outage would. */
  halt(): Promise<void>;
  /** Starts a halted server again on the same data and port. */
  resume(): Promise<void>;
}

/** Starts the server and waits until its socket accepts connections. */
async function launch(cmd: string, args: string[], socket: string): Promise<ChildProcess> {
  const server: ChildProcess = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  for (let waited = 0; !existsSync(socket); waited += 100) {
    if (server.exitCode !== null || waited > 30_000) {
      throw new Error(`PostgreSQL did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  return server;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const binDir = findBinDir();
  const base = mkdtempSync(path.join(tmpdir(), "tracker-pg-"));
  chmodSync(base, 0o777);
  const dataDir = path.join(base, "data");
  const port = 20000 + Math.floor(Math.random() * 20000);
  const [initCmd, initArgs] = asPostgresUser(path.join(binDir, "initdb"), [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--no-sync",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  execFileSync(initCmd, initArgs, { stdio: "pipe" });
  const [cmd, args] = asPostgresUser(path.join(binDir, "postgres"), [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-k",
    base,
    "-c",
    "listen_addresses=",
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
    "-c",
    "max_connections=200",
  ]);
  let server: ChildProcess = await launch(cmd, args, path.join(base, `.s.PGSQL.${port}`));
  const shutdown = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    // Fast shutdown: disconnects clients instead of waiting for them.
    const [stopCmd, stopArgs] = asPostgresUser(path.join(binDir, "pg_ctl"), [
      "stop",
      "-D",
      dataDir,
      "-m",
      "fast",
      "-w",
    ]);
    execFileSync(stopCmd, stopArgs, { stdio: "pipe" });
    await exited;
  };
  return {
    url: (database) =>
      `postgresql://postgres@localhost:${port}/${database}?host=${encodeURIComponent(base)}`,
    async stop() {
      await shutdown();
      rmSync(base, { recursive: true, force: true });
    },
    halt: shutdown,
    async resume() {
      if (server.exitCode === null) return;
      server = await launch(cmd, args, path.join(base, `.s.PGSQL.${port}`));
    },
  };
}
