import { summarizeCalories } from "@/domain/calories";
import { buildDailyTrend, toWeightChartPoints } from "@/domain/weight";
import { calorieChartSpec, trailingAverage } from "@/components/charts/calorie-chart-spec";
import { chartTableRows, formatChartValue } from "@/components/charts/chart-spec";
import {
  completionChartSpec,
  completionSummaryText,
} from "@/components/charts/completion-chart-spec";
import { dayAxisLabel, dayTitle } from "@/components/charts/day-labels";
import { weightChartSpec } from "@/components/charts/weight-chart-spec";

const weighIns = [
  { date: "2026-01-01", weightKg: 80 },
  { date: "2026-01-04", weightKg: 79.4 },
];

describe("weightChartSpec", () => {
  it("plots weigh-ins as points, the trend as a line and the goal as a dashed line", () => {
    const points = toWeightChartPoints(buildDailyTrend(weighIns), "kg");
    const spec = weightChartSpec(points, 75, "kg", "en-GB");
    expect(spec.labels).toEqual(["1 Jan", "2 Jan", "3 Jan", "4 Jan"]);
    expect(spec.titles[0]).toBe("Thu, 1 Jan 2026");
    const [weights, trend, goal] = spec.series;
    expect(weights).toMatchObject({ kind: "points", values: [80, null, null, 79.4] });
    // The line is plotted unrounded (80, 79.98, 79.942, 79.8878); only text rounds it.
    expect(trend).toMatchObject({ kind: "line" });
    trend?.values.forEach((value, index) =>
      expect(value).toBeCloseTo([80, 79.98, 79.942, 79.8878][index] ?? 0, 9),
    );
    expect(chartTableRows(spec).map((row) => row[2])).toEqual([
      "80.0 kg",
      "80.0 kg",
      "79.9 kg",
      "79.9 kg",
    ]);
    expect(goal).toMatchObject({ kind: "line", dashed: true, values: [75, 75, 75, 75] });
    expect(spec.yTitle).toBe("Weight (kg)");
  });

  it("shows pounds in values and axis title, and leaves out a missing goal", () => {
    const points = toWeightChartPoints(buildDailyTrend(weighIns), "lb");
    const spec = weightChartSpec(points, null, "lb", "en-GB");
    expect(spec.series.map((series) => series.label)).toEqual(["Weigh-in", "Trend"]);
    expect(spec.series[0]?.values).toEqual([176.4, null, null, 175]);
    expect(spec.yTitle).toBe("Weight (lb)");
    expect(formatChartValue(175, spec)).toBe("175.0 lb");
  });

  it("labels a year of days by month so the axis stays readable", () => {
    expect(dayAxisLabel("2025-03-09", 365, "en-GB")).toBe("Mar 2025");
    expect(dayAxisLabel("2025-03-09", 90, "en-GB")).toBe("9 Mar");
  });

  it("labels and names days in the owner's locale", () => {
    const points = toWeightChartPoints(buildDailyTrend(weighIns), "kg");
    const us = weightChartSpec(points, 75, "kg", "en-US");
    expect(us.labels[0]).toBe("Jan 1");
    expect(us.titles[0]).toBe("Thu, Jan 1, 2026");
    const de = weightChartSpec(points, 75, "kg", "de-DE");
    expect(de.labels[0]).toBe("1. Jan.");
    expect(de.titles[0]).toBe("Do., 1. Jan. 2026");
    expect(dayAxisLabel("2025-03-09", 365, "de-DE")).toBe("März 2025");
    expect(dayAxisLabel("2025-03-09", 90, "en-US")).toBe("Mar 9");
    expect(dayTitle("2025-03-09", "de-DE")).toBe("So., 9. März 2025");
  });
});

describe("calorieChartSpec", () => {
  const summary = summarizeCalories({
    entries: [
      { date: "2026-01-01", totalKcal: 1800 },
      { date: "2026-01-02", totalKcal: 2000 },
      { date: "2026-01-03", totalKcal: 2600 },
      { date: "2026-01-05", totalKcal: 1600 },
    ],
    goalKcal: 2000,
    today: "2026-01-07",
    windowDays: 7,
  });

  it("colours each day by the goal and keeps unlogged days empty", () => {
    const spec = calorieChartSpec(summary.days, 2000, "en-GB");
    const [eaten, average, goal] = spec.series;
    expect(eaten?.values).toEqual([1800, 2000, 2600, null, 1600, null, null]);
    expect(eaten?.tones).toEqual(["good", "good", "bad", "muted", "good", "muted", "muted"]);
    expect(goal?.values).toEqual(Array(7).fill(2000));
    expect(average?.label).toBe("7-day average");
    expect(spec.yBeginAtZero).toBe(true);
  });

  it("names the days in the owner's locale", () => {
    expect(calorieChartSpec(summary.days, 2000, "en-US").titles[0]).toBe("Thu, Jan 1, 2026");
    expect(calorieChartSpec(summary.days, 2000, "de-DE").labels[0]).toBe("1. Jan.");
  });

  it("averages only logged days in the trailing window", () => {
    expect(trailingAverage([1800, 2000, 2600, null, 1600, null, null], 7)).toEqual([
      1800, 1900, 2133, 2133, 2000, 2000, 2000,
    ]);
    expect(trailingAverage([null, 100, null, null, 300], 2)).toEqual([null, 100, 100, null, 300]);
  });
});

describe("completionChartSpec", () => {
  const week = (weekStart: string, reached: number, counted: number, current = false) => ({
    weekStart,
    reached,
    counted,
    rate: counted === 0 ? null : reached / counted,
    current,
  });
  const weekly = [
    week("2026-01-05", 7, 14),
    week("2026-01-12", 0, 0),
    week("2026-01-19", 7, 8),
    week("2026-01-26", 2, 5, true),
  ];

  it("turns rates into percent, keeping weeks without anything due empty", () => {
    const spec = completionChartSpec(weekly, "en-GB");
    expect(spec.series[0]?.values).toEqual([50, null, 88, 40]);
    expect(spec.yMax).toBe(100);
    expect(spec.titles[0]).toBe("Week of Mon, 5 Jan 2026");
    expect(spec.titles[3]).toBe("Week of Mon, 26 Jan 2026 (so far)");
    expect(formatChartValue(88, spec)).toBe("88%");
    expect(completionChartSpec(weekly, "en-US").titles[0]).toBe("Week of Mon, Jan 5, 2026");
    expect(completionChartSpec(weekly, "de-DE").titles[0]).toBe("Week of Mo., 5. Jan. 2026");
  });

  it("averages finished weeks only and tells the running week apart, counted so far", () => {
    expect(completionSummaryText(weekly)).toBe(
      "Average 69% of due tasks done over 2 finished weeks; " +
        "this week so far 2 of 5 due tasks done (40%).",
    );
    expect(completionSummaryText([week("2026-01-19", 1, 1), week("2026-01-26", 0, 0, true)])).toBe(
      "Average 100% of due tasks done over 1 finished week; nothing due this week yet.",
    );
  });

  it("says 3 of 5 open tasks in a first week are not 100%", () => {
    expect(completionSummaryText([week("2026-01-26", 2, 5, true)])).toBe(
      "No finished week yet; this week so far 2 of 5 due tasks done (40%).",
    );
    expect(completionSummaryText([week("2026-01-26", 0, 0, true)])).toBe(
      "Nothing was due in the last week.",
    );
  });
});

describe("chartTableRows", () => {
  it("gives screen readers one row per position with every series", () => {
    const spec = completionChartSpec(
      [
        { weekStart: "2026-01-05", reached: 1, counted: 1, rate: 1, current: false },
        { weekStart: "2026-01-12", reached: 0, counted: 0, rate: null, current: false },
      ],
      "en-GB",
    );
    expect(chartTableRows(spec)).toEqual([
      ["Week of Mon, 5 Jan 2026", "100%"],
      ["Week of Mon, 12 Jan 2026", "—"],
    ]);
  });

  it("samples a long range evenly, keeping the latest position", () => {
    const spec = {
      ...completionChartSpec([], "en-GB"),
      titles: Array.from({ length: 10 }, (_, index) => `day ${index}`),
      series: [
        {
          label: "Value",
          kind: "line" as const,
          values: Array.from({ length: 10 }, (_, index) => index),
          tone: "accent" as const,
        },
      ],
    };
    expect(chartTableRows(spec, 10)).toHaveLength(10);
    expect(chartTableRows(spec, 4).map((row) => row[0])).toEqual([
      "day 0",
      "day 3",
      "day 6",
      "day 9",
    ]);
    expect(chartTableRows(spec, 3).map((row) => row[0])).toEqual(["day 1", "day 5", "day 9"]);
  });
});
