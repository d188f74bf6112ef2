/**
 * Opens the embedded database on the data folder given as argument, closes it, and prints
 * `{ "ok": true }` or `{ "error": message }`. A child process: PGlite cannot run under jest.
 */
import { startEmbeddedPostgres } from "../../src/server/db/embedded";

void (async () => {
  try {
    const embedded = await startEmbeddedPostgres(process.argv[2]);
    await embedded.stop();
    process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
  }
  process.exit(0);
})();
