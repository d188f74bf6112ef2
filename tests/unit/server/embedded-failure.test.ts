import { onFirstFailure } from "@/server/db/embedded-failure";

/** A backend message of the wire protocol: type byte, length, body. */
function message(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}

const errorResponse = (severity: string) =>
  message("E", Buffer.from(`S${severity}\0V${severity}\0Mcould not write to file\0\0`));
const readyForQuery = message("Z", Buffer.from("I"));

/** A stand-in for PGlite that answers every message with `chunks`, or throws `error`. */
function fakeDb(chunks: Buffer[], error?: Error) {
  return {
    async execProtocolRawStream(_: Uint8Array, options?: { onRawData: (d: Uint8Array) => void }) {
      if (error) throw error;
      for (const chunk of chunks) options?.onRawData(chunk);
    },
  };
}

async function serve(db: ReturnType<typeof fakeDb>): Promise<Uint8Array[]> {
  const received: Uint8Array[] = [];
  await db.execProtocolRawStream(new Uint8Array(), { onRawData: (d) => received.push(d) });
  return received;
}

describe("the embedded database's fatal failures", () => {
  it("reports a PANIC once, split over chunks, and still passes the answer on", async () => {
    const panic = errorResponse("PANIC");
    const db = fakeDb([panic.subarray(0, 3), panic.subarray(3, 20), panic.subarray(20)]);
    const onFailure = jest.fn();
    onFirstFailure(db, onFailure);
    expect(Buffer.concat(await serve(db))).toEqual(panic);
    await serve(db);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure).toHaveBeenCalledWith(
      new Error("The embedded database answered with a PANIC: could not write to file"),
    );
  });

  it("ignores ordinary errors, and row data that merely contains the word", async () => {
    const row = message("D", Buffer.from("\0\x01\0\0\0\x07VPANIC\0"));
    const db = fakeDb([errorResponse("ERROR"), row, readyForQuery]);
    const onFailure = jest.fn();
    onFirstFailure(db, onFailure);
    await serve(db);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it("reports PGlite throwing, and rethrows", async () => {
    const thrown = new Error("RuntimeError: unreachable");
    const db = fakeDb([], thrown);
    const onFailure = jest.fn();
    onFirstFailure(db, onFailure);
    await expect(serve(db)).rejects.toBe(thrown);
    expect(onFailure).toHaveBeenCalledWith(thrown);
  });
});
