const ERROR_RESPONSE = 0x45; // "E"
const SEVERITY_FIELD = 0x56; // "V": the severity, never translated
const MESSAGE_FIELD = 0x4d; // "M"

/** One field of an ErrorResponse's fields (code byte, text, NUL; a NUL ends them). */
function field(fields: Buffer, code: number): string | undefined {
  let offset = 0;
  while (offset < fields.length && fields[offset] !== 0) {
    const end = fields.indexOf(0, offset + 1);
    if (end === -1) return undefined;
    if (fields[offset] === code) return fields.toString("utf8", offset + 1, end);
    offset = end + 1;
  }
  return undefined;
}

/**
 * A scanner of one response of the PostgreSQL wire protocol, fed in chunks as they come:
 * each call returns the text of an error of severity PANIC among the messages that chunk
 * completed ("" if the error carries none), else undefined.
 * Whole messages are parsed (type byte, length, body), so row data can never look like one.
 */
export function panicScanner(): (chunk: Uint8Array) => string | undefined {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk);
    let panic: string | undefined;
    while (pending.length >= 5) {
      const end = 1 + pending.readInt32BE(1);
      if (pending.length < end) break;
      const fields = pending.subarray(5, end);
      if (pending[0] === ERROR_RESPONSE && field(fields, SEVERITY_FIELD) === "PANIC") {
        panic = field(fields, MESSAGE_FIELD) ?? "";
      }
      pending = pending.subarray(end);
    }
    return panic;
  };
}
