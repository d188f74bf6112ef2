import type { IsoDate } from "@/domain/calendar";
import type { CalorieSummary } from "@/domain/calories";

/** The last 7 / 30 / 90 days (ending today) against the goal. */
export interface CalorieOverview {
  today: IsoDate;
  goalKcal: number;
  summary: CalorieSummary;
}

/** A day's total after a change, and before it (null: the day had no total). */
export interface DayTotalChange {
  total: number;
  previous: number | null;
}
