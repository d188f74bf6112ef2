import { addDays } from "@/domain/calendar";
import {
  MAX_CHART_POINTS,
  sliceWeightRange,
  thinChartPoints,
  toWeightChartPoints,
} from "@/domain/weight/range";
import { TREND_WARM_UP_DAYS, buildDailyTrend, trendWindowStart } from "@/domain/weight/trend";
import { displayToKg, KG_PER_LB } from "@/domain/weight/units";

// 100 daily weigh-ins from 2024-01-01 (to 2024-04-09), alternating 80 and 78 kg.
const all = buildDailyTrend(
  Array.from({ length: 100 }, (_, index) => ({
    date: addDays("2024-01-01", index),
    weightKg: index % 2 === 0 ? 80 : 78,
  })),
);

describe("sliceWeightRange", () => {
  it("keeps the last 30 days up to today with the trend computed over all data", () => {
    const range = sliceWeightRange(all, "30d", "2024-04-09");
    expect(range).toHaveLength(30);
    expect(range[0]?.date).toBe("2024-03-11");
    expect(range[0]).toEqual(all[70]);
    // A trend restarted at the range would equal that day's weight; the real one carries history.
    expect(range[0]?.trendKg).not.toBe(range[0]?.weightKg);
  });

  it("counts the range back from today even when the last weigh-in is older", () => {
    const range = sliceWeightRange(all, "30d", "2024-04-20");
    expect(range[0]?.date).toBe("2024-03-22");
    expect(range.at(-1)?.date).toBe("2024-04-09");
  });

  it("keeps everything for all and 365 days here", () => {
    expect(sliceWeightRange(all, "all", "2024-04-09")).toEqual(all);
    expect(sliceWeightRange(all, "365d", "2024-04-09")).toEqual(all);
    expect(sliceWeightRange(all, "90d", "2024-04-09")).toHaveLength(90);
  });
});

describe("toWeightChartPoints", () => {
  it("shows real weigh-ins in pounds exactly as they were entered", () => {
    const days = buildDailyTrend([
      { date: "2024-01-01", weightKg: displayToKg(180.4, "lb") },
      { date: "2024-01-03", weightKg: displayToKg(178.4, "lb") },
    ]);
    const points = toWeightChartPoints(days, "lb");
    expect(points.map((point) => point.weight)).toEqual([180.4, null, 178.4]);
    expect(points.map((point) => point.interpolated)).toEqual([false, true, false]);
    // Jan 2 is filled with 179.4 lb; its trend is 180.4 + 0.1 * (179.4 - 180.4) = 180.3
    expect(points[1]?.trend).toBeCloseTo(180.3, 2);
  });

  it("plots the trend unrounded, so a slow drift is a smooth line and not 0.1 kg steps", () => {
    const days = buildDailyTrend(
      Array.from({ length: 20 }, (_, index) => ({
        date: addDays("2024-01-01", index),
        weightKg: 80 - index * 0.01,
      })),
    );
    const trend = toWeightChartPoints(days, "kg").map((point) => point.trend);
    expect(trend).toEqual(days.map((day) => day.trendKg));
    // Every day moves the line a little; rounded to 0.1 kg most days would repeat the last value.
    trend.slice(1).forEach((value, index) => expect(value).toBeLessThan(trend[index] ?? 0));
    expect(trend.some((value) => Math.abs(value * 10 - Math.round(value * 10)) > 1e-6)).toBe(true);
  });

  it("converts the unrounded trend to pounds", () => {
    const days = buildDailyTrend([
      { date: "2024-01-01", weightKg: 80 },
      { date: "2024-01-02", weightKg: 79.95 },
    ]);
    const points = toWeightChartPoints(days, "lb");
    expect(points[1]?.trend).toBeCloseTo((80 - 0.005) / KG_PER_LB, 9);
  });
});

describe("thinning a long range for the chart", () => {
  const point = (index: number, weight: number | null) => ({
    date: addDays("2020-01-01", index),
    weight,
    trend: 80 - index / 1000,
    interpolated: weight === null,
  });

  it("keeps a short range as it is", () => {
    const points = Array.from({ length: 90 }, (_, index) => point(index, 80));
    expect(thinChartPoints(points)).toEqual(points);
  });

  it("sends at most the maximum, each a true day, the last one kept", () => {
    // Five years; a weigh-in on every third day only.
    const points = Array.from({ length: 1826 }, (_, index) =>
      point(index, index % 3 === 0 || index === 1825 ? 80 + (index % 7) / 10 : null),
    );
    const thinned = thinChartPoints(points);
    expect(thinned.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(thinned.length).toBeGreaterThan(MAX_CHART_POINTS * 0.9);
    expect(thinned.at(-1)).toEqual(points.at(-1));
    for (const kept of thinned) expect(points).toContainEqual(kept);
    expect(thinned.every((kept) => kept.weight !== null)).toBe(true);
    const dates = thinned.map((kept) => kept.date);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe("the days a trend is built from", () => {
  it("reaches a year of warm-up before the range or the rate window, whichever is earlier", () => {
    expect(trendWindowStart("2026-09-05", "2026-12-01", "2026-12-03")).toBe(
      addDays("2026-09-05", -TREND_WARM_UP_DAYS),
    );
    // Last weigh-in long ago: its rate window comes first.
    expect(trendWindowStart("2026-09-05", "2024-03-14", "2026-12-03")).toBe(
      addDays("2024-03-01", -TREND_WARM_UP_DAYS),
    );
  });
});
