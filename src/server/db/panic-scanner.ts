const ERROR_RESPONSE = 0x45; // "E"
const SEVERITY_FIELD = 0x56; // "V": the severity, never translated

/** The severity field of an ErrorResponse's fields (code byte, text, NUL; a NUL ends them). */
function severity(fields: Buffer): string | undefined {
  let offset = 0;
  while (offset < fields.length && fields[offset] !== 0) {
    const end = fields.indexOf(0, offset + 1);
    if (end === -1) return undefined;
    if (fields[offset] === SEVERITY_FIELD) return fields.toString("utf8", offset + 1, end);
    offset = end + 1;
  }
  return undefined;
}

/**
 * A scanner of one response of the PostgreSQL wire protocol, fed in chunks as they come:
 * each call says whether the messages completed so far hold an error of severity PANIC.
 * Whole messages are parsed (type byte, length, body), so row data can never look like one.
 */
export function panicScanner(): (chunk: Uint8Array) => boolean {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk);
    let panic = false;
    while (pending.length >= 5) {
      const end = 1 + pending.readInt32BE(1);
      if (pending.length < end) break;
      if (pending[0] === ERROR_RESPONSE && severity(pending.subarray(5, end)) === "PANIC") {
        panic = true;
      }
      pending = pending.subarray(end);
    }
    return panic;
  };
}
