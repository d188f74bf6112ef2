import fc from "fast-check";
import { pastDayOrToday } from "@/server/services/input";
import { isoDaySchema } from "@/schemas/day";
import { diaryMonthSchema } from "@/schemas/diary";
import { exportedCaloriesSchema, exportedCompletionSchema } from "@/schemas/data-export";
import { isoDayArbitrary } from "../../helpers/iso-day-arbitrary";

const pad = (value: number, width: number) => String(value).padStart(width, "0");
const dayText = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

function messages(result: { success: boolean; error?: { issues: Array<{ message: string }> } }) {
  return result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);
}

/** Independent of the app's day arithmetic: does JavaScript's calendar have this day? */
function exists(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

const outside = (day: string) =>
  `${day} is outside the days Tracker keeps: choose a day from 1900-01-01 to 9999-12-31.`;

describe("the one day schema", () => {
  it("accepts every day from 1900-01-01 to 9999-12-31, edges included", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          isoDayArbitrary("1900-01-01", "1900-03-01"),
          isoDayArbitrary("9999-11-01", "9999-12-31"),
          isoDayArbitrary("1900-01-01", "9999-12-31"),
        ),
        (day) => expect(isoDaySchema.parse(day)).toBe(day),
      ),
    );
  });

  it("refuses every real day before 1900 (year 0000 too), naming the range", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          isoDayArbitrary("1899-10-01", "1899-12-31"),
          isoDayArbitrary("0000-01-01", "0000-12-31"),
          isoDayArbitrary("0000-01-01", "1899-12-31"),
        ),
        (day) => expect(messages(isoDaySchema.safeParse(day))).toEqual([outside(day)]),
      ),
    );
  });

  it("refuses impossible days such as 2025-02-30, saying they do not exist", () => {
    const parts = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    );
    fc.assert(
      fc.property(parts, ([year, month, day]) => {
        fc.pre(!exists(year, month, day));
        const text = dayText(year, month, day);
        expect(messages(isoDaySchema.safeParse(text))).toEqual([`${text} does not exist.`]);
      }),
    );
    expect(messages(isoDaySchema.safeParse("2025-02-30"))).toEqual(["2025-02-30 does not exist."]);
  });

  it("is the day check of the export document's rows and of the diary's month", () => {
    expect(messages(exportedCaloriesSchema.safeParse({ date: "0000-01-01", calories: 1 }))).toEqual(
      [outside("0000-01-01")],
    );
    const completion = {
      id: "1",
      taskId: null,
      titleSnapshot: "Water",
      date: "2026-01-01",
      createdAt: "0000-01-01T00:00:00Z",
    };
    expect(messages(exportedCompletionSchema.safeParse(completion))).toEqual([
      "Use a time from 1900-01-01 to 9999-12-31.",
    ]);
    expect(messages(diaryMonthSchema.safeParse("0000-01"))).toEqual([
      "Choose a month from 1900-01 to 9999-12.",
    ]);
    expect(diaryMonthSchema.parse("1900-01")).toBe("1900-01");
  });

  it("turns a page's unsupported day into today with a notice, not an error", () => {
    expect(pastDayOrToday("0000-01-01", "2026-03-01")).toEqual({
      day: "2026-03-01",
      notice: `${outside("0000-01-01")} Showing today (2026-03-01).`,
    });
  });
});
