import fc from "fast-check";
import {
  RATE_WINDOWS,
  addDays,
  completionRate,
  completionRateOf,
  computeStreaks,
  periodResults,
  streaksOf,
  type HabitHistoryInput,
  type WeekStartsOn,
} from "@/domain/calendar";

const TODAY = "2026-03-18";
const day = fc.integer({ min: -900, max: 0 }).map((offset) => addDays(TODAY, offset));
const habitArb: fc.Arbitrary<HabitHistoryInput> = fc.record({
  period: fc.constantFrom("daily" as const, "weekly" as const, "monthly" as const),
  targetCount: fc.integer({ min: 1, max: 3 }),
  firstDay: day,
  today: fc.oneof(fc.constant(TODAY), day),
  weekStartsOn: fc.integer({ min: 0, max: 6 }).map((value) => value as WeekStartsOn),
  completionDates: fc.array(day, { maxLength: 120 }),
});

describe("rates and streaks from one periodResults", () => {
  it("equal computing each from the history", () => {
    fc.assert(
      fc.property(habitArb, (habit) => {
        const results = periodResults(habit);
        expect(streaksOf(results)).toEqual(computeStreaks(habit));
        for (const window of RATE_WINDOWS) {
          expect(completionRateOf(results, habit.period, window)).toEqual(
            completionRate({ ...habit, window }),
          );
        }
      }),
    );
  });
});
