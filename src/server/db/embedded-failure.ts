import type { PGlite } from "@electric-sql/pglite";
import { panicScanner } from "./panic-scanner";

/** The PGlite call pglite-socket makes for every message of every connection. */
type ProtocolStream = Pick<PGlite, "execProtocolRawStream">;

/**
 * Calls `onFailure` once, the first time PGlite answers with a PANIC (a WAL write on a full
 * disk, say) or throws. After a PANIC, PGlite never sends "ready for query" again and every
 * statement fails ("cannot drop active portal"), even once space is free: the connection
 * waits forever and every later query waits for the pool's timeout. Only a new PGlite, which
 * replays the WAL when it opens, serves again.
 */
export function onFirstFailure(db: ProtocolStream, onFailure: (error: unknown) => void): void {
  const serve = db.execProtocolRawStream.bind(db);
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    onFailure(error);
  };
  db.execProtocolRawStream = async (message, options) => {
    const scan = panicScanner();
    let panic: string | undefined;
    const onRawData = (data: Uint8Array) => {
      panic ??= scan(data);
      options?.onRawData(data);
    };
    try {
      await serve(message, { ...options, onRawData });
    } catch (error) {
      fail(error);
      throw error;
    }
    if (panic !== undefined)
      fail(new Error(`The embedded database answered with a PANIC: ${panic}`));
  };
}
