import type { ChartData, ChartDataset, ChartOptions, TooltipItem } from "chart.js";
import { formatChartValue, type ChartSeries, type ChartSpec, type ChartTone } from "./chart-spec";

/** Colours read from the page's CSS variables, so charts follow light and dark mode. */
export type ChartTheme = Record<ChartTone, string> & { grid: string };

export type MixedChartData = ChartData<"bar" | "line", Array<number | null>, string>;
export type MixedChartOptions = ChartOptions<"bar" | "line">;

/** Smaller points when there are many, so a year of weigh-ins stays readable on a phone. */
export function pointRadius(count: number): number {
  if (count > 200) return 1.5;
  return count > 60 ? 2 : 3;
}

function toDataset(series: ChartSeries, theme: ChartTheme): ChartDataset<"bar" | "line", Array<number | null>> {
  const color = theme[series.tone];
  if (series.kind === "bar") {
    const colors = series.tones?.map((tone) => theme[tone]) ?? color;
    return {
      type: "bar",
      label: series.label,
      data: series.values,
      backgroundColor: colors,
      borderRadius: 3,
      pointStyle: "rect",
      order: 2,
    };
  }
  const points = series.kind === "points";
  return {
    type: "line",
    label: series.label,
    data: series.values,
    borderColor: color,
    backgroundColor: color,
    borderWidth: points ? 0 : 2.5,
    borderDash: series.dashed ? [6, 4] : [],
    showLine: !points,
    pointRadius: points ? pointRadius(series.values.length) : 0,
    pointHoverRadius: 4,
    pointStyle: points ? "circle" : "line",
    spanGaps: true,
    order: points ? 1 : 0,
  };
}

export function toChartData(spec: ChartSpec, theme: ChartTheme): MixedChartData {
  return { labels: spec.labels, datasets: spec.series.map((series) => toDataset(series, theme)) };
}

export function toChartOptions(spec: ChartSpec, theme: ChartTheme): MixedChartOptions {
  const tick = { color: theme.muted, font: { size: 12 } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: "index", intersect: false },
    plugins: {
      legend: {
        position: "bottom",
        labels: { color: theme.text, usePointStyle: true, boxWidth: 14, padding: 12 },
      },
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<"bar" | "line">[]) => spec.titles[items[0]?.dataIndex ?? 0] ?? "",
          label: (item: TooltipItem<"bar" | "line">) =>
            `${item.dataset.label ?? ""}: ${formatChartValue(item.parsed.y ?? null, spec)}`,
        },
      },
    },
    scales: {
      x: {
        grid: { display: false },
        ticks: { ...tick, maxRotation: 0, autoSkip: true, autoSkipPadding: 16 },
      },
      y: {
        beginAtZero: spec.yBeginAtZero ?? false,
        max: spec.yMax,
        grid: { color: theme.grid },
        ticks: tick,
        title: { display: true, text: spec.yTitle, color: theme.muted },
      },
    },
  };
}
