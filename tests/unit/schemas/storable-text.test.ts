import fc from "fast-check";
import type { z } from "zod";
import { legacyDiarySchema, legacyTaskSchema } from "@/domain/legacy/rows";
import { exportedDiarySchema, exportedTaskSchema } from "@/schemas/data-export";
import { appendDiaryLineSchema, saveDiarySchema } from "@/schemas/diary";
import { settingsPatchSchema } from "@/schemas/settings";
import { taskInputSchema } from "@/schemas/tasks";
import { storableString } from "@/schemas/text";

const NUL_MESSAGE =
  "This text holds a NUL character (an invisible control code), which cannot be saved. Remove it and try again.";
const SURROGATE_MESSAGE =
  "This text holds half of an emoji or symbol (a lone surrogate), which cannot be saved. Remove it and try again.";

/** Well-formed text (any code point, emoji included) without NUL, 1..40 code points. */
const storable = fc
  .string({ unit: "binary", minLength: 1, maxLength: 40 })
  .filter((text) => !text.includes("\u0000"));

/** `text` with `insert` put between two code points, so a surrogate stays unpaired. */
function inserted(insert: fc.Arbitrary<string>) {
  return fc
    .tuple(storable, insert, fc.nat())
    .map(([text, extra, at]) => {
      const points = [...text];
      const index = at % (points.length + 1);
      return [...points.slice(0, index), extra, ...points.slice(index)].join("");
    })
    .filter((text) => text.trim().length > 0);
}
const withNul = inserted(fc.constant("\u0000"));
const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((unit) => String.fromCharCode(unit));
const withLoneSurrogate = inserted(loneSurrogate);

/** Every text field a person or a file fills, each given the bad text. */
const fields: Array<[string, (text: string) => z.ZodSafeParseResult<unknown>]> = [
  ["task title", (title) => taskInputSchema.safeParse({ title, period: "daily", targetCount: 1 })],
  [
    "task unit",
    (unit) => taskInputSchema.safeParse({ title: "Run", period: "daily", targetCount: 1, unit }),
  ],
  ["diary text", (content) => saveDiarySchema.safeParse({ day: "2026-01-01", content })],
  ["diary line", (line) => appendDiaryLineSchema.safeParse({ day: "2026-01-01", line })],
  ["time zone setting", (timeZone) => settingsPatchSchema.safeParse({ timeZone })],
  [
    "imported task title",
    (title) =>
      exportedTaskSchema.safeParse({
        id: "1",
        title,
        unit: null,
        period: "daily",
        targetCount: 1,
        active: true,
        sortOrder: 0,
        scheduledDate: null,
        createdAt: "2026-01-01T00:00:00Z",
        archivedAt: null,
      }),
  ],
  [
    "imported diary text",
    (content) => exportedDiarySchema.safeParse({ date: "2026-01-01", content }),
  ],
];

function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("text the database cannot store", () => {
  it.each(fields)("is refused in the %s, wherever the NUL is", (_, parse) => {
    fc.assert(fc.property(withNul, (text) => expect(messages(parse(text))).toContain(NUL_MESSAGE)));
  });

  it.each(fields)("is refused in the %s, wherever the lone surrogate is", (_, parse) => {
    fc.assert(
      fc.property(withLoneSurrogate, (text) =>
        expect(messages(parse(text))).toContain(SURROGATE_MESSAGE),
      ),
    );
  });

  it("is all the shared check refuses: any other text, emoji included, passes unchanged", () => {
    fc.assert(fc.property(storable, (text) => expect(storableString().parse(text)).toBe(text)));
    expect(storableString().parse("Ran 5 km 🏃‍♀️ 👍🏽")).toBe("Ran 5 km 🏃‍♀️ 👍🏽");
  });

  it("stops an import of the old app's file at a title or diary text that holds one", () => {
    const task = { id: 1, title: "Wa\u0000ter", period: "daily" };
    expect(messages(legacyTaskSchema.safeParse(task))).toEqual([
      "holds a NUL character or half of an emoji, which cannot be stored",
    ]);
    expect(legacyDiarySchema.safeParse({ date: "2026-01-01", content: "\udc00" }).success).toBe(
      false,
    );
    expect(legacyDiarySchema.parse({ date: "2026-01-01", content: "ok" }).content).toBe("ok");
  });
});
