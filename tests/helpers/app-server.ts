import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createBareDatabase } from "./test-database";
import { freePort } from "./free-port";
import { OWNER_PASSWORD } from "./browser";
import { leakedSecrets } from "./log-audit";
import { keepOutOfResponses } from "./response-audit";
import { npmStartArgs } from "./npm-start";

const ROOT = path.join(__dirname, "../..");

export interface RunningApp {
  baseUrl: string;
  setupToken: string;
  /** The app's NEXTAUTH_SECRET, which no response or log line may hold. */
  sessionSecret: string;
  /** The PostgreSQL URL the app uses (undefined on the embedded database). */
  databaseUrl?: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  /** Texts a test typed that must never reach a log line (the secrets are always checked). */
  sensitive: Record<string, string>;
  /** Stops the app; fails when a log line held a secret or a sensitive text. */
  stop(): Promise<void>;
}

export interface StartAppOptions {
  /** Use the embedded database in this folder instead of a fresh PostgreSQL database. */
  embeddedDataDir?: string;
  /** Use this PostgreSQL URL instead of a fresh database. */
  databaseUrl?: string;
  env?: Record<string, string>;
}

/**
 * Starts the real launcher (`npm start`'s scripts/start.ts) on a free port, against a fresh
 * database on the test PostgreSQL server unless told otherwise, and waits until it serves.
 */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = options.embeddedDataDir ?? mkdtempSync(path.join(tmpdir(), "tracker-app-"));
  const fresh =
    options.embeddedDataDir || options.databaseUrl
      ? undefined
      : await createBareDatabase("postgres");
  const databaseUrl =
    options.databaseUrl ?? (fresh?.target.kind === "postgres" ? fresh.target.url : undefined);
  const setupToken = randomBytes(16).toString("hex");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    TRACKER_DATA_DIR: dataDir,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    OWNER_SETUP_TOKEN: setupToken,
    LOG_LEVEL: "warn",
    DATABASE_URL: databaseUrl ?? "",
    ...options.env,
  };
  const child = spawn(process.execPath, [...npmStartArgs(), "--no-build"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), 120_000);
    const check = setInterval(() => {
      if (output.includes("Tracker is running at")) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${output}`));
    });
  });
  const sensitive: Record<string, string> = {};
  keepOutOfResponses({
    "the session secret": env.NEXTAUTH_SECRET ?? "",
    "the owner's password": OWNER_PASSWORD,
    "the setup token": setupToken,
  });
  return {
    baseUrl: `http://localhost:${port}`,
    setupToken,
    sessionSecret: env.NEXTAUTH_SECRET ?? "",
    databaseUrl,
    dataDir,
    process: child,
    output: () => output,
    sensitive,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await fresh?.drop();
      if (!options.embeddedDataDir) rmSync(dataDir, { recursive: true, force: true });
      const leaked = leakedSecrets(output, {
        "the session secret": env.NEXTAUTH_SECRET ?? "",
        "the setup token": setupToken,
        "the owner's password": OWNER_PASSWORD,
        ...sensitive,
      });
      if (leaked.length) throw new Error(`the app wrote ${leaked.join(", ")} to its log`);
    },
  };
}
