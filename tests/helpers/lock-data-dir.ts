/**
 * Tries to lock the data folder given as argument and prints `locked` or the error's message;
 * a won lock is held until stdin closes, so that rivals started alongside see it.
 */
import { lockDataDir } from "../../scripts/lib/data-dir-lock";

try {
  const lock = lockDataDir(process.argv[2] ?? "");
  process.stdout.write("locked\n");
  process.stdin.on("end", () => lock.release());
  process.stdin.resume();
} catch (error) {
  process.stdout.write(`${(error as Error).message}\n`);
}
