import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");

/** Runs embedded-folder-script.ts (`seed`, `completions`) on a data folder no app has open. */
export function folderScript(...args: string[]): string {
  const script = path.join(__dirname, "embedded-folder-script.ts");
  return execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", script, ...args],
    { encoding: "utf8", cwd: ROOT },
  );
}

/** Each stored completion's request id, with how many rows it has. */
export function storedCompletions(dataDir: string): Map<string, number> {
  const rows = JSON.parse(folderScript("completions", dataDir)) as Array<{ id: string; n: number }>;
  return new Map(rows.map((row) => [row.id, row.n]));
}
