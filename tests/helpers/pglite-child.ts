import { spawn } from "node:child_process";
import path from "node:path";

/** Starts tests/helpers/pglite-process.ts and resolves with its URL and a stop function. */
export async function startPgliteChild(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "pglite-process.ts")],
    {
      stdio: ["ignore", "pipe", "inherit"],
      cwd: path.join(__dirname, "../.."),
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split("\n")[0];
      if (buffer.includes("\n") && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`PGlite process exited early (${code})`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
