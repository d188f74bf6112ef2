import { addDays, eachDay, type IsoDate } from "@/domain/calendar";

export const CALORIE_WINDOWS = [7, 30, 90] as const;
export type CalorieWindow = (typeof CALORIE_WINDOWS)[number];

export interface CalorieEntry {
  date: IsoDate;
  totalKcal: number;
}

export type GoalStatus = "under" | "at" | "over";

export interface CalorieDay {
  date: IsoDate;
  /** Null when nothing was logged that day. */
  kcal: number | null;
  /** Null without a goal or without a logged total. */
  goalStatus: GoalStatus | null;
}

export interface CalorieSummary {
  days: CalorieDay[];
  loggedDays: number;
  daysUnderGoal: number;
  daysAtGoal: number;
  daysOverGoal: number;
  totalKcal: number;
  /** Whole kcal, averaged over LOGGED days only (a missing day is unknown, not 0). */
  averageKcal: number | null;
  /** The same average over the last 7 days, whatever the window. */
  sevenDayAverageKcal: number | null;
}

export interface DayBalance {
  eatenKcal: number;
  goalKcal: number | null;
  /** goal - eaten; negative when over the goal. */
  remainingKcal: number | null;
  goalStatus: GoalStatus | null;
}

/** "at" means exactly the goal, so the status always agrees with the sign of `remainingKcal`. */
export function goalStatus(kcal: number, goalKcal: number): GoalStatus {
  if (kcal < goalKcal) return "under";
  return kcal === goalKcal ? "at" : "over";
}

export function dayBalance(eatenKcal: number | null, goalKcal: number | null): DayBalance {
  const eaten = eatenKcal ?? 0;
  if (goalKcal === null) {
    return { eatenKcal: eaten, goalKcal, remainingKcal: null, goalStatus: null };
  }
  return {
    eatenKcal: eaten,
    goalKcal,
    remainingKcal: goalKcal - eaten,
    goalStatus: goalStatus(eaten, goalKcal),
  };
}

function averageOfLogged(days: readonly CalorieDay[]): number | null {
  const logged = days.flatMap((day) => (day.kcal === null ? [] : [day.kcal]));
  if (logged.length === 0) return null;
  return Math.round(logged.reduce((sum, kcal) => sum + kcal, 0) / logged.length);
}

function countStatus(days: readonly CalorieDay[], status: GoalStatus): number {
  return days.filter((day) => day.goalStatus === status).length;
}

/** The `windowDays` days ending `today` (included), oldest first, missing days as null. */
export function summarizeCalories(input: {
  entries: readonly CalorieEntry[];
  goalKcal: number | null;
  today: IsoDate;
  windowDays: CalorieWindow;
}): CalorieSummary {
  const { entries, goalKcal, today, windowDays } = input;
  const kcalByDate = new Map(entries.map((entry) => [entry.date, entry.totalKcal]));
  const dayFor = (date: IsoDate): CalorieDay => {
    const kcal = kcalByDate.get(date) ?? null;
    const status = kcal === null || goalKcal === null ? null : goalStatus(kcal, goalKcal);
    return { date, kcal, goalStatus: status };
  };
  const days = eachDay(addDays(today, -(windowDays - 1)), today).map(dayFor);
  const lastSeven = eachDay(addDays(today, -6), today).map(dayFor);
  return {
    days,
    loggedDays: days.filter((day) => day.kcal !== null).length,
    daysUnderGoal: countStatus(days, "under"),
    daysAtGoal: countStatus(days, "at"),
    daysOverGoal: countStatus(days, "over"),
    totalKcal: days.reduce((sum, day) => sum + (day.kcal ?? 0), 0),
    averageKcal: averageOfLogged(days),
    sevenDayAverageKcal: averageOfLogged(lastSeven),
  };
}
