import { addDays } from "@/domain/calendar";
import { estimateGoalDate, summarizeWeight } from "@/domain/weight/summary";
import { buildDailyTrend, type WeighIn } from "@/domain/weight/trend";

function daily(start: string, weights: readonly number[]): WeighIn[] {
  return weights.map((weightKg, index) => ({ date: addDays(start, index), weightKg }));
}

/** 30 daily weigh-ins losing 0.1 kg a day, from 85.0 on Mar 1 to 82.1 on Mar 30. */
const losing = buildDailyTrend(
  daily(
    "2024-03-01",
    Array.from({ length: 30 }, (_, i) => 85 - 0.1 * i),
  ),
);

describe("estimateGoalDate", () => {
  it("counts (trend - goal) / -daily rate days, rounded up, from the last day", () => {
    // (80 - 75) / (0.7 / 7) = 50 days exactly (50.00000000000001 in floating point).
    expect(estimateGoalDate("2024-01-01", 80, 75, -0.7)).toEqual({
      status: "converging",
      date: "2024-02-20",
      days: 50,
    });
    // (80 - 75) / (0.6 / 7) = 58.33 -> 59 days.
    expect(estimateGoalDate("2024-01-01", 80, 75, -0.6)).toMatchObject({
      days: 59,
      date: "2024-02-29",
    });
    // Gaining toward a higher goal: (60 - 62) / -(0.25 / 7) = 56 days.
    expect(estimateGoalDate("2024-01-01", 60, 62, 0.25)).toMatchObject({ days: 56 });
  });

  it("is not converging when moving away, flat, or further than ten years", () => {
    expect(estimateGoalDate("2024-01-01", 80, 75, 0.3)).toEqual({ status: "not-converging" });
    expect(estimateGoalDate("2024-01-01", 80, 75, 0)).toEqual({ status: "not-converging" });
    expect(estimateGoalDate("2024-01-01", 80, 75, -0.005)).toEqual({ status: "not-converging" });
    expect(estimateGoalDate("2024-01-01", 80, 30, -0.05)).toEqual({ status: "not-converging" });
  });
});

describe("summarizeWeight", () => {
  it("gives a converging ETA from the regression rate when losing toward the goal", () => {
    const summary = summarizeWeight(losing, 80);
    const latestTrend = losing.at(-1)?.trendKg ?? NaN;
    expect(summary.latestDate).toBe("2024-03-30");
    expect(summary.latestTrendKg).toBe(latestTrend);
    expect(summary.weighInsInRateWindow).toBe(14);
    expect(summary.weeklyRateKg).toBeLessThan(-0.5);
    expect(summary.weeklyRateKg).toBeGreaterThan(-0.7);
    expect(summary.reachedGoal).toBe(false);
    const rate = summary.weeklyRateKg ?? NaN;
    const days = Math.ceil((latestTrend - 80) / (-rate / 7));
    expect(summary.eta).toEqual({
      status: "converging",
      days,
      date: addDays("2024-03-30", days),
    });
  });

  it("is not converging when losing away from a higher goal, and marks it reached", () => {
    const summary = summarizeWeight(losing, 90);
    expect(summary.eta).toEqual({ status: "not-converging" });
    expect(summary.reachedGoal).toBe(false);
    const passed = summarizeWeight(losing, 84);
    expect(passed.reachedGoal).toBe(true);
    expect(passed.eta).toEqual({ status: "not-converging" });
  });

  it("is not converging while the weight holds steady", () => {
    const steady = buildDailyTrend(
      daily(
        "2024-03-01",
        Array.from({ length: 20 }, () => 70),
      ),
    );
    const summary = summarizeWeight(steady, 65);
    expect(summary.weeklyRateKg).toBeCloseTo(0, 12);
    expect(summary.eta).toEqual({ status: "not-converging" });
  });

  it("hides rate and ETA with 3 weigh-ins in the last 14 days", () => {
    const days = buildDailyTrend([
      { date: "2024-03-01", weightKg: 80 },
      { date: "2024-03-05", weightKg: 79 },
      { date: "2024-03-10", weightKg: 78 },
    ]);
    const summary = summarizeWeight(days, 70);
    expect(summary.weeklyRateKg).toBeNull();
    expect(summary.weighInsInRateWindow).toBe(3);
    expect(summary.eta).toEqual({ status: "insufficient-data" });
  });

  it("summarizes a single weigh-in, with and without a goal", () => {
    const days = buildDailyTrend([{ date: "2024-03-01", weightKg: 72.5 }]);
    expect(summarizeWeight(days, null)).toEqual({
      latestDate: "2024-03-01",
      latestTrendKg: 72.5,
      weeklyRateKg: null,
      weighInsInRateWindow: 1,
      eta: { status: "no-goal" },
    });
    expect(summarizeWeight(days, 70).eta).toEqual({ status: "insufficient-data" });
  });

  it("summarizes no data at all", () => {
    expect(summarizeWeight([], 70)).toMatchObject({
      latestTrendKg: null,
      weeklyRateKg: null,
      eta: { status: "insufficient-data" },
      reachedGoal: false,
    });
  });
});
