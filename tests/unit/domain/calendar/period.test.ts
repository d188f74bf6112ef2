import {
  addDays,
  eachDay,
  eachPeriod,
  isPeriod,
  isRecurringPeriod,
  isWeekStartsOn,
  periodRange,
  shiftPeriod,
  type WeekStartsOn,
} from "@/domain/calendar";

describe("weekly periods for every week-start day", () => {
  // 2024-06-12 is a Wednesday; 2024-12-31 is a Tuesday (a week crossing the year end).
  const cases: Array<[WeekStartsOn, string, string, string, string]> = [
    [0, "2024-06-09", "2024-06-15", "2024-12-29", "2025-01-04"],
    [1, "2024-06-10", "2024-06-16", "2024-12-30", "2025-01-05"],
    [2, "2024-06-11", "2024-06-17", "2024-12-31", "2025-01-06"],
    [3, "2024-06-12", "2024-06-18", "2024-12-25", "2024-12-31"],
    [4, "2024-06-06", "2024-06-12", "2024-12-26", "2025-01-01"],
    [5, "2024-06-07", "2024-06-13", "2024-12-27", "2025-01-02"],
    [6, "2024-06-08", "2024-06-14", "2024-12-28", "2025-01-03"],
  ];

  it.each(cases)(
    "week starting on day %d",
    (weekStartsOn, juneStart, juneEnd, yearEndStart, yearEndEnd) => {
      expect(periodRange("weekly", "2024-06-12", weekStartsOn)).toEqual({
        start: juneStart,
        end: juneEnd,
      });
      expect(periodRange("weekly", "2024-12-31", weekStartsOn)).toEqual({
        start: yearEndStart,
        end: yearEndEnd,
      });
    },
  );

  it.each(cases)(
    "week starting on day %d: each day of the week maps to it, neighbours do not",
    (weekStartsOn, start, end) => {
      for (const day of eachDay(start, end)) {
        expect(periodRange("weekly", day, weekStartsOn)).toEqual({
          start,
          end,
        });
      }
      expect(periodRange("weekly", addDays(start, -1), weekStartsOn).end).toBe(addDays(start, -1));
      expect(periodRange("weekly", addDays(end, 1), weekStartsOn).start).toBe(addDays(end, 1));
    },
  );
});

describe("monthly and daily periods", () => {
  it.each([
    ["2024-02-29", "2024-02-01", "2024-02-29"],
    ["2024-02-01", "2024-02-01", "2024-02-29"],
    ["2023-02-15", "2023-02-01", "2023-02-28"],
    ["2100-02-10", "2100-02-01", "2100-02-28"],
    ["2000-02-10", "2000-02-01", "2000-02-29"],
    ["2024-04-30", "2024-04-01", "2024-04-30"],
    ["2024-03-31", "2024-03-01", "2024-03-31"],
    ["2024-12-31", "2024-12-01", "2024-12-31"],
  ])("month of %s is %s..%s", (day, start, end) => {
    expect(periodRange("monthly", day, 1)).toEqual({ start, end });
  });

  it("a daily period is the day itself", () => {
    expect(periodRange("daily", "2024-02-29", 1)).toEqual({
      start: "2024-02-29",
      end: "2024-02-29",
    });
  });
});

describe("moving between periods", () => {
  it.each([
    ["monthly", "2024-01-31", 1, "2024-02-01", "2024-02-29"],
    ["monthly", "2024-03-31", -1, "2024-02-01", "2024-02-29"],
    ["monthly", "2024-12-15", 1, "2025-01-01", "2025-01-31"],
    ["monthly", "2024-05-20", -12, "2023-05-01", "2023-05-31"],
    ["weekly", "2025-01-02", -1, "2024-12-23", "2024-12-29"],
    ["weekly", "2024-12-29", 1, "2024-12-30", "2025-01-05"],
    ["daily", "2024-03-01", -1, "2024-02-29", "2024-02-29"],
  ] as const)("shiftPeriod(%s, %s, %d)", (period, day, amount, start, end) => {
    expect(shiftPeriod(period, day, amount, 1)).toEqual({ start, end });
  });

  it("lists every period touching a range, oldest first", () => {
    expect(eachPeriod("weekly", "2024-12-25", "2025-01-08", 1)).toEqual([
      { start: "2024-12-23", end: "2024-12-29" },
      { start: "2024-12-30", end: "2025-01-05" },
      { start: "2025-01-06", end: "2025-01-12" },
    ]);
    expect(eachPeriod("monthly", "2024-01-15", "2024-04-01", 1).map((range) => range.end)).toEqual([
      "2024-01-31",
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
    ]);
    expect(eachPeriod("daily", "2024-02-28", "2024-03-01", 1)).toHaveLength(3);
    expect(eachPeriod("daily", "2024-03-02", "2024-03-01", 1)).toEqual([]);
  });
});

describe("guards", () => {
  it.each([
    ["daily", true],
    ["once", true],
    ["yearly", false],
  ])("isPeriod(%s) -> %s", (value, expected) => {
    expect(isPeriod(value)).toBe(expected);
  });

  it("separates recurring periods from once", () => {
    expect(isRecurringPeriod("monthly")).toBe(true);
    expect(isRecurringPeriod("once")).toBe(false);
  });

  it.each([
    [0, true],
    [6, true],
    [7, false],
    [-1, false],
    [1.5, false],
  ])("isWeekStartsOn(%d) -> %s", (value, expected) => {
    expect(isWeekStartsOn(value)).toBe(expected);
  });
});
