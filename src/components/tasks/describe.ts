import type { IsoDate, Period } from "@/domain/calendar";
import { repeatText } from "@/domain/tasks";
import { shortDate } from "../today/day-label";

export interface ScheduleFields {
  period: Period;
  targetCount: number;
  unit: string | null;
  scheduledDate: IsoDate | null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "8 glasses a day", "3 times a week", "Once, due 18 Jan". */
export function describeSchedule(task: ScheduleFields, today: IsoDate, locale: string): string {
  const due =
    task.period === "once" && task.scheduledDate
      ? `, due ${shortDate(task.scheduledDate, today, locale)}`
      : "";
  return capitalize(`${repeatText(task)}${due}`);
}

/** "2 / 8 glasses", or "2 / 8" without a unit. */
export function formatProgress(count: number, target: number, unit: string | null): string {
  return unit ? `${count} / ${target} ${unit}` : `${count} / ${target}`;
}

/** Which stretch of time the progress counts: "this week" (or "that week" on a past day). */
export function periodScope(period: Period, isToday: boolean): string | null {
  if (period === "weekly") return isToday ? "this week" : "that week";
  if (period === "monthly") return isToday ? "this month" : "that month";
  return null;
}
