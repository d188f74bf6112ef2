/**
 * Runs an in-memory PGlite behind pglite-socket in its own process and prints its URL.
 * Tests start it as a child process: PGlite's WASM loader needs real dynamic import, which
 * jest's module sandbox does not offer, and a separate process is how the app reaches it too.
 */
import { startEmbeddedPostgres } from "../../src/server/db/embedded";

void (async () => {
  const embedded = await startEmbeddedPostgres(undefined);
  process.stdout.write(`${JSON.stringify({ url: embedded.url })}\n`);
  const stop = () => void embedded.stop().finally(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("disconnect", stop);
})();
