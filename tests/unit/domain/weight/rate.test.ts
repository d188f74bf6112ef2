import { addDays } from "@/domain/calendar";
import { leastSquaresSlope, weeklyRateKg } from "@/domain/weight/rate";
import { buildDailyTrend, type WeightDay } from "@/domain/weight/trend";

function trendDays(start: string, trends: readonly number[]): WeightDay[] {
  return trends.map((trendKg, index) => ({
    date: addDays(start, index),
    weightKg: trendKg,
    trendKg,
    interpolated: false,
  }));
}

describe("leastSquaresSlope", () => {
  it("fits a line by least squares (worked by hand)", () => {
    // x 0..3, y 10, 12, 13, 17: mean x 1.5, mean y 13.
    // sum (dx * dy) = 4.5 + 0.5 + 0 + 6 = 11; sum dx^2 = 2.25 + 0.25 + 0.25 + 2.25 = 5 -> 2.2
    const points = [10, 12, 13, 17].map((y, x) => ({ x, y }));
    expect(leastSquaresSlope(points)).toBeCloseTo(2.2, 12);
  });

  it("has no slope for fewer than two distinct x", () => {
    expect(leastSquaresSlope([{ x: 1, y: 2 }])).toBeNull();
    expect(
      leastSquaresSlope([
        { x: 1, y: 2 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull();
  });
});

describe("weeklyRateKg", () => {
  it("is 7 times the daily slope of the trend over the last 14 days only", () => {
    // 10 wild days, then 14 days falling exactly 0.1 kg a day: slope -0.1 -> -0.7 a week.
    const wild = [60, 95, 70, 100, 55, 90, 65, 99, 58, 93];
    const falling = Array.from({ length: 14 }, (_, index) => 80 - 0.1 * index);
    expect(weeklyRateKg(trendDays("2024-01-01", [...wild, ...falling]))).toBeCloseTo(-0.7, 9);
  });

  it("is hidden with 3 real weigh-ins in the last 14 days, shown with 4", () => {
    // Old daily weigh-ins do not count: only Jan 18..31 is the window.
    const old = Array.from({ length: 10 }, (_, index) => ({
      date: addDays("2024-01-01", index),
      weightKg: 80,
    }));
    const three = [
      { date: "2024-01-18", weightKg: 79.5 },
      { date: "2024-01-25", weightKg: 79.2 },
      { date: "2024-01-31", weightKg: 79.0 },
    ];
    expect(weeklyRateKg(buildDailyTrend([...old, ...three]))).toBeNull();
    const four = [...three, { date: "2024-01-28", weightKg: 79.1 }];
    expect(weeklyRateKg(buildDailyTrend([...old, ...four]))).toEqual(expect.any(Number));
  });

  it("does not count a weigh-in 14 days before the last one", () => {
    const weighIns = [
      { date: "2024-01-17", weightKg: 80 },
      { date: "2024-01-20", weightKg: 79.8 },
      { date: "2024-01-25", weightKg: 79.6 },
      { date: "2024-01-31", weightKg: 79.4 },
    ];
    expect(weeklyRateKg(buildDailyTrend(weighIns))).toBeNull();
    const atWindowStart = weighIns.map((weighIn, index) =>
      index === 0 ? { ...weighIn, date: "2024-01-18" } : weighIn,
    );
    expect(weeklyRateKg(buildDailyTrend(atWindowStart))).toEqual(expect.any(Number));
  });
});
