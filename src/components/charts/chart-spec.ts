import { formatFixed } from "@/domain/text";

/**
 * What a chart shows, as plain serializable data: built on the server (or in tests) and turned
 * into a chart.js configuration only inside the lazily loaded client component.
 */
export type ChartTone = "accent" | "good" | "bad" | "warn" | "muted" | "text";

export interface ChartSeries {
  label: string;
  kind: "bar" | "line" | "points";
  values: Array<number | null>;
  tone: ChartTone;
  /** Per-value tones for bars (e.g. under or over the goal)... */
  tones?: ChartTone[];
  /** ...and what each tone means, for the legend: { good: "Within goal", bad: "Over goal" }. */
  toneLabels?: Partial<Record<ChartTone, string>>;
  dashed?: boolean;
}

export interface ChartSpec {
  /** Short x-axis labels, one per position. */
  labels: string[];
  /** Full names of each position, for tooltips and the screen-reader table. */
  titles: string[];
  series: ChartSeries[];
  yTitle: string;
  /** What one position is, for the table's header: "Day" unless told otherwise. */
  xName?: string;
  /** Written after values in tooltips and the table: "kg", "lb", "kcal", "%". */
  unit: string;
  decimals: number;
  /** The owner's display locale: numbers in tooltips, the table and on the axes. */
  locale: string;
  yBeginAtZero?: boolean;
  yMax?: number;
}

export function formatChartValue(value: number | null, spec: ChartSpec): string {
  if (value === null) return "—";
  const number = formatFixed(value, spec.decimals, spec.locale);
  return spec.unit === "%" ? `${number}%` : `${number} ${spec.unit}`;
}

/**
 * The most rows the visually hidden table holds. A long range (a year of weigh-ins) is sampled
 * evenly instead, the latest position always kept: a screen reader gets the same shape as the
 * chart without a 400-row table, which would also double the page's size and render time.
 */
export const MAX_TABLE_ROWS = 100;

/**
 * Rows of the visually hidden table: the position's title, then one cell per series; at most
 * `maxRows`, every n-th position counted back from the last when there are more.
 */
export function chartTableRows(spec: ChartSpec, maxRows = MAX_TABLE_ROWS): string[][] {
  const count = spec.titles.length;
  const step = Math.ceil(count / maxRows);
  const indices: number[] = [];
  for (let index = count - 1; index >= 0; index -= step) indices.push(index);
  return indices
    .reverse()
    .map((index) => [
      spec.titles[index] ?? "",
      ...spec.series.map((series) => formatChartValue(series.values[index] ?? null, spec)),
    ]);
}
