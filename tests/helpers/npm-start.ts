import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");

/**
 * The node arguments of `npm start` (package.json), so tests and benchmarks start the launcher
 * exactly as README's command does, heap limit included, without npm in between.
 */
export function npmStartArgs(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (command !== "node") throw new Error(`npm start must run node itself: ${pkg.scripts.start}`);
  return args;
}
