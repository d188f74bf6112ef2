import fc from "fast-check";
import type { z } from "zod";
import { quickAddCaloriesSchema, setCaloriesSchema } from "@/schemas/calories";
import { healthSettingsSchema, saveWeightSchema } from "@/schemas/weight";
import { settingsPatchSchema } from "@/schemas/settings";
import { calendarSettingsSchema, taskInputSchema } from "@/schemas/tasks";

const DAY = "2026-01-01";
const WHOLE = "Enter a whole number in digits, such as 250.";
const DECIMAL = "Enter a number in digits, with at most one decimal point or comma, such as 81.5.";

type Parse = (text: string) => z.ZodSafeParseResult<unknown>;

/** Every number a person types, each with the sentence refusing what is not plain digits. */
const fields: Array<[string, Parse, string]> = [
  ["calories to add", (kcal) => quickAddCaloriesSchema.safeParse({ day: DAY, kcal }), WHOLE],
  ["a day's calories", (kcal) => setCaloriesSchema.safeParse({ day: DAY, kcal }), WHOLE],
  [
    "a task's target",
    (targetCount) => taskInputSchema.safeParse({ title: "Run", period: "daily", targetCount }),
    "Enter a whole number.",
  ],
  ["a weigh-in", (weight) => saveWeightSchema.safeParse({ day: DAY, weight }), DECIMAL],
  [
    "the calorie goal",
    (calorieGoal) => healthSettingsSchema.safeParse({ calorieGoal, weightUnit: "kg" }),
    WHOLE,
  ],
  [
    "the goal weight",
    (goalWeight) =>
      healthSettingsSchema.safeParse({ calorieGoal: "2000", weightUnit: "kg", goalWeight }),
    DECIMAL,
  ],
  [
    "the day's start hour",
    (dayStartHour) =>
      calendarSettingsSchema.safeParse({ timeZone: "UTC", dayStartHour, weekStartsOn: "1" }),
    WHOLE,
  ],
  [
    "a stored goal weight",
    (goalWeightKg) => settingsPatchSchema.safeParse({ goalWeightKg }),
    DECIMAL,
  ],
];

const digits = fc.integer({ min: 0, max: 20_000 }).map(String);
const space = fc.constantFrom("", " ", "  ");
const sign = fc.constantFrom("", "+", "-");
/** Forms `Number()` reads but a person does not type: hex, octal, binary, exponents, words. */
const notPlain = fc.oneof(
  fc
    .tuple(
      fc.constantFrom<[string, number]>(["0x", 16], ["0X", 16], ["0o", 8], ["0b", 2]),
      fc.nat(),
    )
    .map(([[prefix, radix], value]) => `${prefix}${value.toString(radix)}`),
  fc
    .tuple(digits, fc.constantFrom("e", "E", "e+", "e-", "E+"), fc.nat({ max: 400 }))
    .map(([mantissa, exponent, power]) => `${mantissa}${exponent}${power}`),
  fc
    .tuple(digits, fc.nat({ max: 9 }), fc.nat({ max: 5 }))
    .map(([whole, decimal, power]) => `${whole}.${decimal}e${power}`),
  fc.constantFrom(
    "Infinity",
    "-Infinity",
    "+Infinity",
    "NaN",
    "1_000",
    "1 000",
    "٣",
    "1..5",
    "1,5,0",
  ),
);
const typedNotPlain = fc
  .tuple(space, sign, notPlain, space)
  .map(([before, signed, text, after]) => `${before}${signed}${text}${after}`);

function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("numbers a person types", () => {
  it.each(fields)("refuses hex, exponents, Infinity and NaN in %s", (_, parse, message) => {
    fc.assert(
      fc.property(typedNotPlain, (text) => expect(messages(parse(text))).toEqual([message])),
    );
  });

  it("reads plain digits, with the sign and spaces a person types", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), space, (kcal, around) => {
        const parsed = setCaloriesSchema.parse({ day: DAY, kcal: `${around}${kcal}${around}` });
        expect(parsed.kcal).toBe(kcal);
      }),
    );
    expect(messages(setCaloriesSchema.safeParse({ day: DAY, kcal: "-5" }))).toEqual([
      "Calories cannot be negative.",
    ]);
    expect(
      taskInputSchema.parse({ title: "Run", period: "daily", targetCount: "+3" }).targetCount,
    ).toBe(3);
  });

  it("reads a weight with a decimal point or a decimal comma", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.nat({ max: 9 }),
        fc.constantFrom(".", ","),
        (whole, tenth, separator) => {
          const parsed = saveWeightSchema.parse({
            day: DAY,
            weight: `${whole}${separator}${tenth}`,
          });
          expect(parsed.weight).toBeCloseTo(whole + tenth / 10, 10);
        },
      ),
    );
  });

  it("takes no separator in a whole number, so 2,000 kcal is not read as 2", () => {
    expect(messages(setCaloriesSchema.safeParse({ day: DAY, kcal: "2,000" }))).toEqual([WHOLE]);
    expect(messages(setCaloriesSchema.safeParse({ day: DAY, kcal: "2.5" }))).toEqual([WHOLE]);
  });

  it("keeps blank as not given and numbers from JSON or object actions as they are", () => {
    expect(messages(setCaloriesSchema.safeParse({ day: DAY, kcal: " " }))).toEqual([
      "Enter a number of calories.",
    ]);
    expect(quickAddCaloriesSchema.parse({ day: DAY, kcal: 250 }).kcal).toBe(250);
    expect(settingsPatchSchema.parse({ goalWeightKg: 72.5, dayStartHour: 3 })).toEqual({
      goalWeightKg: 72.5,
      dayStartHour: 3,
    });
  });
});
