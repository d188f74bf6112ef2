import type { Period } from "../calendar";

const PER: Record<Exclude<Period, "once">, string> = {
  daily: "a day",
  weekly: "a week",
  monthly: "a month",
};

/** "8 glasses", "3 times", "once". */
function amountText(count: number, unit: string | null): string {
  if (unit) return `${count} ${unit}`;
  return count === 1 ? "once" : `${count} times`;
}

/** "8 glasses a day", "3 times a week"; a one-off's amount alone ("once", "2 times"). */
export function repeatText(task: { period: Period; targetCount: number; unit: string | null }) {
  const amount = amountText(task.targetCount, task.unit);
  return task.period === "once" ? amount : `${amount} ${PER[task.period]}`;
}
