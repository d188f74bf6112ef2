/**
 * Generated bad requests for server actions and route handlers (fast-check): wrong types, huge
 * strings, NaN and infinities, impossible and out-of-range days, NUL and invalid UTF-8, unknown
 * fields, SQL and HTML, and broken envelopes (invalid JSON, references React's decoder rejects,
 * broken multipart, over 1 MB, wrong content types, a mangled router-state header).
 */
import fc from "fast-check";

export interface BadPayload {
  kind: string;
  contentType: string | null;
  body: string | Uint8Array<ArrayBuffer>;
  /** Replaces the router-state header the browser sends. */
  routerState?: string;
}

/** Field names the app's actions read: a bad value under a real name reaches the schema. */
const FIELDS = [
  "taskId",
  "id",
  "ids",
  "day",
  "date",
  "title",
  "content",
  "line",
  "weight",
  "calories",
  "kcal",
  "period",
  "targetCount",
  "requestId",
  "unit",
  "theme",
  "timeZone",
  "weekStart",
  "calorieGoal",
  "goalWeight",
  "currentPassword",
  "newPassword",
  "version",
];

const hostileString = fc.oneof(
  fc.constantFrom(
    "0000-01-01",
    "2025-02-30",
    "9999-99-99",
    "-0001-01-01",
    "275760-09-13",
    "2026-1-1",
    "",
    " ",
    "\u0000",
    "tea\u0000time",
    "\ud800",
    "\udfff lone",
    "'; DROP TABLE tasks; --",
    "<script>alert(1)</script>",
    "0x10",
    "1e3",
    "NaN",
    "Infinity",
    "-1",
    "1.5",
    "١٢٣",
    "$1",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.repeat(5_000)),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1 + 0.2),
  fc.constantFrom("$NaN", "$Infinity", "$-Infinity", "$-0", "$undefined", "$D0000-01-01"),
  fc.double(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** An object of real field names (and unknown ones) holding bad values. */
const hostileObject = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...FIELDS), { minLength: 1, maxLength: 5 }),
    fc.array(hostileValue, { minLength: 5, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([keys, values, extra]) => {
    const object: Record<string, unknown> = Object.fromEntries(
      keys.map((key, index) => [key, values[index]]),
    );
    if (extra) object.unexpected = "field";
    return object;
  });

const json = (value: unknown): string => JSON.stringify(value) ?? "null";

const argumentsJson: fc.Arbitrary<BadPayload> = fc
  .oneof(
    hostileObject.map((object) => [object]),
    fc.tuple(hostileObject, hostileObject),
    fc.array(hostileValue, { maxLength: 3 }),
  )
  .map((args) => ({
    kind: "bad arguments",
    contentType: "text/plain;charset=UTF-8",
    body: json(args),
  }));

const REJECTED_REFERENCES = ["$1", "$@0", "$Q1", "$W1", "$T", "$h1", "$F1", "$n12x", "$B1"];
const brokenJson: fc.Arbitrary<BadPayload> = fc.oneof(
  fc
    .string({ maxLength: 60 })
    .map((text) => ({ kind: "not JSON", contentType: "text/plain", body: `{${text}` })),
  fc
    .jsonValue({ maxDepth: 2 })
    .filter((value) => !Array.isArray(value))
    .map((value) => ({ kind: "JSON not an array", contentType: "text/plain", body: json(value) })),
  fc.constantFrom(...REJECTED_REFERENCES).map((reference) => ({
    kind: "unsent reference",
    contentType: "text/plain",
    body: json([{ taskId: reference }, reference]),
  })),
  fc.uint8Array({ minLength: 1, maxLength: 30 }).map((bytes) => ({
    kind: "invalid UTF-8",
    contentType: "text/plain",
    body: Uint8Array.from([0x5b, 0x22, 0xff, 0xfe, ...bytes, 0x22, 0x5d]),
  })),
  fc.constant({ kind: "deep nesting", contentType: "text/plain", body: "[".repeat(20_000) }),
);

const boundary = "----trackerfuzz";
function multipart(fields: Array<[string, string]>): string {
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join("")}--${boundary}--\r\n`;
}

const brokenEnvelope: fc.Arbitrary<BadPayload> = fc.oneof(
  fc.string({ maxLength: 80 }).map((text) => ({
    kind: "broken multipart",
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n${text}`,
  })),
  fc.string({ maxLength: 40 }).map((text) => ({
    kind: "multipart without a boundary",
    contentType: "multipart/form-data",
    body: text,
  })),
  fc.tuple(hostileString, hostileObject).map(([value, object]) => ({
    kind: "multipart with bad fields",
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: multipart([
      ["0", json(["$K1", object])],
      ["1_title", value],
      ["1_content", value],
    ]),
  })),
  fc.string({ maxLength: 40 }).map((text) => ({
    kind: "multipart root not JSON",
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: multipart([["0", text]]),
  })),
  fc
    .constantFrom("application/json", "application/xml", "image/png", "text/html", null)
    .map((contentType) => ({ kind: "other content type", contentType, body: json([{}]) })),
  fc.string({ maxLength: 60 }).map((text) => ({
    kind: "URL-encoded",
    contentType: "application/x-www-form-urlencoded",
    body: text,
  })),
  fc.constant({
    kind: "over 1 MB",
    contentType: "text/plain",
    body: json([{ content: "x".repeat(1_100_000) }]),
  }),
  fc
    .oneof(
      hostileString,
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    )
    .map((routerState) => ({
      kind: "mangled router state",
      contentType: "text/plain",
      body: json([{}]),
      // Node itself refuses headers over 16 KB (431, no body); below that, Next must parse it.
      // (A header is text: lone surrogates become U+FFFD on the way, as in any client.)
      routerState: encodeURIComponent(Buffer.from(routerState).toString()).slice(0, 8_000),
    })),
);

/** Every kind of bad request, weighted toward bad arguments in a well-formed envelope. */
export const badPayload: fc.Arbitrary<BadPayload> = fc.oneof(
  { weight: 3, arbitrary: argumentsJson },
  { weight: 2, arbitrary: brokenJson },
  { weight: 2, arbitrary: brokenEnvelope },
);
