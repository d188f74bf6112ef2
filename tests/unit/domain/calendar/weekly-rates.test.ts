import fc from "fast-check";
import {
  addDays,
  eachDay,
  minIsoDate,
  periodRange,
  periodResults,
  weeklyCompletionRates,
  weeklyRatesFirstDay,
  type HabitHistoryInput,
  type WeeklyRate,
} from "@/domain/calendar";

/** Wednesday; with Monday weeks the last three weeks start on 27 May, 3 June and 10 June. */
const TODAY = "2024-06-12";

function habit(overrides: Partial<HabitHistoryInput>): HabitHistoryInput {
  return {
    period: "daily",
    targetCount: 1,
    firstDay: "2024-05-27",
    today: TODAY,
    weekStartsOn: 1,
    completionDates: [],
    ...overrides,
  };
}

const counts = (weeks: WeeklyRate[]) => weeks.map((w) => [w.weekStart, w.reached, w.counted]);

describe("weekly completion rates", () => {
  it("counts each day of a daily habit in its week, today done or not yet", () => {
    const reading = habit({
      completionDates: [...eachDay("2024-05-27", "2024-05-31"), "2024-06-03", "2024-06-10"],
    });
    const weeks = weeklyCompletionRates([reading], TODAY, 1, 3);
    expect(counts(weeks)).toEqual([
      ["2024-05-27", 5, 7],
      ["2024-06-03", 1, 7],
      // Monday done, Tuesday missed, today still open: 1 of 3 so far.
      ["2024-06-10", 1, 3],
    ]);
    expect(weeks[0]?.rate).toBeCloseTo(5 / 7);
    expect(weeks.map((w) => w.current)).toEqual([false, false, true]);

    const doneToday = habit({ completionDates: ["2024-06-12"] });
    expect(counts(weeklyCompletionRates([doneToday], TODAY, 1, 1))).toEqual([["2024-06-10", 1, 3]]);
  });

  it("adds weekly and monthly periods to the week that holds their last day", () => {
    const gym = habit({
      period: "weekly",
      targetCount: 2,
      completionDates: ["2024-05-28", "2024-05-30", "2024-06-04", "2024-06-10"],
    });
    const budget = habit({
      period: "monthly",
      firstDay: "2024-05-01",
      completionDates: ["2024-05-15"],
    });
    expect(counts(weeklyCompletionRates([gym, budget], TODAY, 1, 3))).toEqual([
      // Gym's first week reached; May (ends Friday 31 May) reached.
      ["2024-05-27", 2, 2],
      // Gym's second week missed (one of two).
      ["2024-06-03", 0, 1],
      // The running week (one of two so far) and June (nothing yet) count as not done yet.
      ["2024-06-10", 0, 2],
    ]);
  });

  it("gives null for a week with nothing due, and stops an archived habit at its archive day", () => {
    const archived = habit({
      firstDay: "2024-06-01",
      today: "2024-06-04",
      completionDates: eachDay("2024-06-01", "2024-06-04"),
    });
    const weeks = weeklyCompletionRates([archived], TODAY, 1, 3);
    expect(counts(weeks)).toEqual([
      ["2024-05-27", 2, 2],
      ["2024-06-03", 2, 2],
      ["2024-06-10", 0, 0],
    ]);
    expect(weeks.map((w) => w.rate)).toEqual([1, 1, null]);
  });

  it("follows the owner's week start", () => {
    const walk = habit({ firstDay: "2024-06-08", completionDates: ["2024-06-09"] });
    // Sunday weeks: Sunday 9 June opens the week of 9 June.
    expect(counts(weeklyCompletionRates([walk], TODAY, 0, 2))).toEqual([
      ["2024-06-02", 0, 1],
      ["2024-06-09", 1, 4],
    ]);
    // Monday weeks: it closes the week of 3 June.
    expect(counts(weeklyCompletionRates([walk], TODAY, 1, 2))).toEqual([
      ["2024-06-03", 1, 2],
      ["2024-06-10", 0, 3],
    ]);
  });

  it("ignores periods before the window", () => {
    const old = habit({ firstDay: "2023-01-01", completionDates: eachDay("2023-01-01", TODAY) });
    expect(counts(weeklyCompletionRates([old], TODAY, 1, 1))).toEqual([["2024-06-10", 3, 3]]);
  });
});

describe("the current week of the weekly rates", () => {
  it("is 2 of 5 with five daily tasks of which 3 are still open today, not 100%", () => {
    const firstDay = TODAY;
    const done = habit({ firstDay, completionDates: [TODAY] });
    const open = habit({ firstDay });
    const [week] = weeklyCompletionRates([done, done, open, open, open], TODAY, 1, 1);
    expect(week).toMatchObject({ reached: 2, counted: 5, rate: 0.4, current: true });
  });
});

describe("weekly completion rates read only the window", () => {
  const day = fc.integer({ min: -900, max: 0 }).map((offset) => addDays(TODAY, offset));
  const habitArb = fc.record({
    period: fc.constantFrom("daily" as const, "weekly" as const, "monthly" as const),
    targetCount: fc.integer({ min: 1, max: 3 }),
    firstDay: day,
    today: fc.oneof(fc.constant(TODAY), day),
    weekStartsOn: fc.constant(1 as const),
    completionDates: fc.array(day, { maxLength: 120 }),
  });

  /** The rule as stated, over every period of the whole history. */
  function everyPeriod(habits: HabitHistoryInput[], weeks: number) {
    const starts = Array.from(
      { length: weeks },
      (_, back) => periodRange("weekly", addDays(TODAY, -7 * (weeks - 1 - back)), 1).start,
    );
    return starts.map((start) => {
      let reached = 0;
      let counted = 0;
      for (const input of habits) {
        for (const result of periodResults(input)) {
          if (result.current && !result.reached && input.today !== TODAY) continue;
          const lastDay = minIsoDate(result.range.end, input.today);
          if (periodRange("weekly", lastDay, 1).start !== start) continue;
          counted += 1;
          if (result.reached) reached += 1;
        }
      }
      return [start, reached, counted];
    });
  }

  it("gives what evaluating every period of the history gives", () => {
    fc.assert(
      fc.property(
        fc.array(habitArb, { maxLength: 4 }),
        fc.integer({ min: 1, max: 14 }),
        (habits, weeks) => {
          expect(counts(weeklyCompletionRates(habits, TODAY, 1, weeks))).toEqual(
            everyPeriod(habits, weeks),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("needs no completion before the month holding the window's first day", () => {
    expect(weeklyRatesFirstDay(TODAY, 1, 3)).toBe("2024-05-01");
    expect(weeklyRatesFirstDay(TODAY, 1, 1)).toBe("2024-06-01");
    const old = habit({ firstDay: "2022-01-01", completionDates: ["2022-03-01", "2024-05-02"] });
    const recent = { ...old, completionDates: ["2024-05-02"] };
    expect(weeklyCompletionRates([old], TODAY, 1, 3)).toEqual(
      weeklyCompletionRates([recent], TODAY, 1, 3),
    );
  });
});
