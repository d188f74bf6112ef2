import { format, getDay } from "date-fns";
import {
  isoDateToUtcDate,
  type HeatmapCell,
  type IsoDate,
  type WeekStartsOn,
} from "@/domain/calendar";

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapMonth {
  /** "2030-01" */
  key: string;
  /** "Jan 2030" */
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
  return (getDay(isoDateToUtcDate(day)) - weekStartsOn + 7) % 7;
}

/** Splits zero-filled heatmap cells into calendar months with weekday-aligned columns. */
export function heatmapMonths(
  cells: readonly HeatmapCell[],
  weekStartsOn: WeekStartsOn,
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
        label: format(isoDateToUtcDate(cell.day), "MMM yyyy"),
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

const INITIALS = ["S", "M", "T", "W", "T", "F", "S"];

/** Column headings for a week starting on `weekStartsOn` (0 = Sunday). */
export function weekdayInitials(weekStartsOn: WeekStartsOn): string[] {
  return INITIALS.map((_, index) => INITIALS[(index + weekStartsOn) % 7] ?? "");
}
