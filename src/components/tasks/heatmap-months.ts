import { weekday, type HeatmapCell, type IsoDate, type WeekStartsOn } from "@/domain/calendar";
import { formatDay, formatMonth } from "@/domain/calendar/date-format";

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapMonth {
  /** "2030-01" */
  key: string;
  /** "Jan 2030" in en-GB, in the owner's locale. */
  label: string;
  /** Empty cells before the first day, so weekdays line up in columns. */
  leadingBlanks: number;
  cells: Array<HeatmapCell & { level: HeatLevel }>;
  total: number;
  activeDays: number;
}

/** 0 for none, else 1-4 by the share of `scale` (the busiest day, or the daily target). */
export function heatLevel(count: number, scale: number): HeatLevel {
  if (count <= 0) return 0;
  const level = Math.ceil((4 * count) / Math.max(1, scale));
  return Math.min(4, Math.max(1, level)) as HeatLevel;
}

function weekdayColumn(day: IsoDate, weekStartsOn: WeekStartsOn): number {
  return (weekday(day) - weekStartsOn + 7) % 7;
}

/**
 * Splits zero-filled heatmap cells into calendar months with weekday-aligned columns, labelled
 * in `locale`.
 */
export function heatmapMonths(
  cells: readonly HeatmapCell[],
  weekStartsOn: WeekStartsOn,
  locale: string,
  minScale = 1,
): HeatmapMonth[] {
  const scale = Math.max(minScale, ...cells.map((cell) => cell.count));
  const months = new Map<string, HeatmapMonth>();
  for (const cell of cells) {
    const key = cell.day.slice(0, 7);
    let month = months.get(key);
    if (!month) {
      month = {
        key,
        label: formatMonth(key, locale),
        leadingBlanks: weekdayColumn(cell.day, weekStartsOn),
        cells: [],
        total: 0,
        activeDays: 0,
      };
      months.set(key, month);
    }
    month.cells.push({ ...cell, level: heatLevel(cell.count, scale) });
    month.total += cell.count;
    if (cell.count > 0) month.activeDays += 1;
  }
  return [...months.values()];
}

/** Column headings in `locale` for a week starting on `weekStartsOn` (0 = Sunday): "M", "T"… */
export function weekdayInitials(weekStartsOn: WeekStartsOn, locale: string): string[] {
  // 2023-01-01 was a Sunday, so 2023-01-0(1 + n) is weekday n.
  return Array.from({ length: 7 }, (_, index) =>
    formatDay(`2023-01-0${1 + ((index + weekStartsOn) % 7)}`, locale, "weekdayNarrow"),
  );
}
