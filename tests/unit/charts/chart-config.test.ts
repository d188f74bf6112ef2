import { toChartData, toChartOptions, type ChartTheme } from "@/components/charts/chart-config";
import type { ChartSpec } from "@/components/charts/chart-spec";

const theme: ChartTheme = {
  accent: "#111111",
  good: "#222222",
  bad: "#333333",
  warn: "#444444",
  muted: "#555555",
  text: "#666666",
  grid: "#777777",
};

const spec: ChartSpec = {
  labels: ["1 Jan", "2 Jan", "3 Jan"],
  titles: ["Thu 1 Jan 2026", "Fri 2 Jan 2026", "Sat 3 Jan 2026"],
  series: [
    {
      label: "Eaten",
      kind: "bar",
      values: [1800, 2600, null],
      tone: "good",
      tones: ["good", "bad", "muted"],
      toneLabels: { good: "Within goal", bad: "Over goal" },
    },
    { label: "Weigh-in", kind: "points", values: [80, null, null], tone: "muted" },
    { label: "Goal", kind: "line", values: [2000, 2000, 2000], tone: "text", dashed: true },
  ],
  yTitle: "Calories (kcal)",
  unit: "kcal",
  locale: "de-DE",
  decimals: 0,
  yBeginAtZero: true,
};

describe("chart.js configuration from a spec", () => {
  it("takes every colour from the theme read from CSS variables", () => {
    const datasets = toChartData(spec, theme).datasets;
    // Days without a total get no bar and no legend entry of their own.
    expect(datasets).toHaveLength(4);
    const [within, over, points, goal] = datasets;
    expect(within).toMatchObject({ label: "Within goal", backgroundColor: "#222222" });
    expect(within).toMatchObject({ type: "bar", grouped: false, data: [1800, null, null] });
    expect(over).toMatchObject({
      label: "Over goal",
      backgroundColor: "#333333",
      data: [null, 2600, null],
    });
    expect(points).toMatchObject({ type: "line", showLine: false, backgroundColor: "#555555" });
    expect(goal).toMatchObject({ type: "line", borderColor: "#666666", borderDash: [6, 4] });
    expect(goal).toMatchObject({ pointRadius: 0 });
  });

  it("titles the y axis with the unit and uses the theme for text and grid", () => {
    const options = toChartOptions(spec, theme);
    const y = options.scales?.y as { title: { text: string }; grid: { color: string } };
    expect(y.title.text).toBe("Calories (kcal)");
    expect(y.grid.color).toBe("#777777");
    expect(options.maintainAspectRatio).toBe(false);
    expect(options.animation).toBe(false);
  });

  it("writes axis ticks and tooltips in the owner's locale", () => {
    const options = toChartOptions(spec, theme);
    // chart.js formats tick numbers with Intl in `options.locale` ("2.600" in de-DE).
    expect(options.locale).toBe("de-DE");
    const label = options.plugins?.tooltip?.callbacks?.label as unknown as (item: {
      dataset: { label: string };
      parsed: { y: number };
    }) => string;
    expect(label({ dataset: { label: "Eaten" }, parsed: { y: 2600 } })).toBe("Eaten: 2.600 kcal");
  });

  it("shrinks points for long ranges so a year stays readable on a phone", () => {
    const year: ChartSpec = {
      ...spec,
      series: [{ label: "Weigh-in", kind: "points", values: Array(365).fill(80), tone: "muted" }],
    };
    expect(toChartData(year, theme).datasets[0]).toMatchObject({ pointRadius: 1.5 });
  });
});
