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

type MixedDataset = ChartDataset<"bar" | "line", Array<number | null>>;

/**
 * Bars coloured per value become one dataset per colour, drawn on the same slots
 * (`grouped: false`), so the legend can say what each colour means.
 */
function barDatasets(series: ChartSeries, theme: ChartTheme): MixedDataset[] {
  const tones = series.tones ?? series.values.map(() => series.tone);
  const shown = tones.filter((_, index) => series.values[index] !== null);
  return [...new Set(shown)].map((tone) => ({
    type: "bar" as const,
    label: series.toneLabels?.[tone] ?? series.label,
    data: series.values.map((value, index) => (tones[index] === tone ? value : null)),
    backgroundColor: theme[tone],
    borderRadius: 3,
    grouped: false,
    pointStyle: "rect",
    order: 2,
  }));
}

function toDatasets(series: ChartSeries, theme: ChartTheme): MixedDataset[] {
  if (series.kind === "bar") return barDatasets(series, theme);
  const color = theme[series.tone];
  const points = series.kind === "points";
  const line: MixedDataset = {
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
  return [line];
}

export function toChartData(spec: ChartSpec, theme: ChartTheme): MixedChartData {
  return {
    labels: spec.labels,
    datasets: spec.series.flatMap((series) => toDatasets(series, theme)),
  };
}

export function toChartOptions(spec: ChartSpec, theme: ChartTheme): MixedChartOptions {
  const tick = { color: theme.muted, font: { size: 12 } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale: spec.locale,
    interaction: { mode: "index", intersect: false },
    plugins: {
      legend: {
        position: "bottom",
        labels: { color: theme.text, usePointStyle: true, boxWidth: 14, padding: 12 },
      },
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<"bar" | "line">[]) =>
            spec.titles[items[0]?.dataIndex ?? 0] ?? "",
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
