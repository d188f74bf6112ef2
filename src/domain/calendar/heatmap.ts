import { compareIsoDate, eachDay, type IsoDate } from "./day";

export interface HeatmapCell {
  day: IsoDate;
  count: number;
}

/** Completions per day for every day from `from` to `to` (both included), zero-filled. */
export function heatmap(
  completionDates: readonly IsoDate[],
  from: IsoDate,
  to: IsoDate,
): HeatmapCell[] {
  const countByDay = new Map<IsoDate, number>();
  for (const day of completionDates) {
    if (compareIsoDate(day, from) < 0 || compareIsoDate(day, to) > 0) continue;
    countByDay.set(day, (countByDay.get(day) ?? 0) + 1);
  }
  return eachDay(from, to).map((day) => ({
    day,
    count: countByDay.get(day) ?? 0,
  }));
}
