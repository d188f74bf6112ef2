import type { IsoDate, Period } from "@/domain/calendar";
import { shortDate } from "../today/day-label";

export interface ScheduleFields {
  period: Period;
  targetCount: number;
  unit: string | null;
  scheduledDate: IsoDate | null;
}

const PER: Record<Exclude<Period, "once">, string> = {
  daily: "a day",
  weekly: "a week",
  monthly: "a month",
};

function amount(count: number, unit: string | null): string {
  if (unit) return `${count} ${unit}`;
  return count === 1 ? "once" : `${count} times`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "8 glasses a day", "3 times a week", "Once, due 18 Jan". */
export function describeSchedule(task: ScheduleFields, today: IsoDate, locale: string): string {
  if (task.period === "once") {
    const due = task.scheduledDate ? `, due ${shortDate(task.scheduledDate, today, locale)}` : "";
    return capitalize(`${amount(task.targetCount, task.unit)}${due}`);
  }
  return capitalize(`${amount(task.targetCount, task.unit)} ${PER[task.period]}`);
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
