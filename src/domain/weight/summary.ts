import { addDays, type IsoDate } from "@/domain/calendar";
import { countRealWeighIns, rateWindow, weeklyRateKg } from "./rate";
import type { WeightDay } from "./trend";
import { roundTo } from "./units";

/** Below this weekly change (kg) the trend counts as flat: no ETA. */
export const FLAT_WEEKLY_RATE_KG = 0.01;
/** An ETA further away than this (about ten years) is reported as not converging. */
export const MAX_ETA_DAYS = 3650;

export type WeightEta =
  | { status: "converging"; date: IsoDate; days: number }
  | { status: "not-converging" }
  | { status: "insufficient-data" }
  | { status: "no-goal" };

export interface WeightSummary {
  latestDate: IsoDate | null;
  latestTrendKg: number | null;
  /** Null while fewer than 4 real weigh-ins fall in the last 14 days. */
  weeklyRateKg: number | null;
  weighInsInRateWindow: number;
  eta: WeightEta;
  /** Only with a goal: the trend has reached or passed the goal, seen from where it started. */
  reachedGoal?: boolean;
}

export function estimateGoalDate(
  latestDate: IsoDate,
  trendKg: number,
  goalKg: number,
  weeklyRate: number,
): WeightEta {
  const dailyRate = weeklyRate / 7;
  const remainingKg = trendKg - goalKg;
  const movingTowardGoal = remainingKg * dailyRate < 0;
  if (Math.abs(weeklyRate) < FLAT_WEEKLY_RATE_KG || !movingTowardGoal) {
    return { status: "not-converging" };
  }
  // Rounded before ceil so binary noise (e.g. 10.000000000000002) does not add a day.
  const days = Math.ceil(roundTo(remainingKg / -dailyRate, 6));
  if (days > MAX_ETA_DAYS) return { status: "not-converging" };
  return { status: "converging", date: addDays(latestDate, days), days };
}

function hasReachedGoal(
  days: readonly WeightDay[],
  goalKg: number,
  startKg: number | undefined,
): boolean {
  const latestKg = days.at(-1)?.trendKg;
  if (startKg === undefined || latestKg === undefined) return false;
  return startKg >= goalKg ? latestKg <= goalKg : latestKg >= goalKg;
}

/**
 * Summary of a daily trend (from `buildDailyTrend`) that covers at least the rate window and
 * its warm-up (`trendWindowStart`). `startKg` is where the trend started, the first weigh-in
 * ever; it defaults to the first day given, right when `days` is the whole history.
 */
export function summarizeWeight(
  days: readonly WeightDay[],
  goalKg: number | null,
  startKg: number | undefined = days[0]?.trendKg,
): WeightSummary {
  const latest = days.at(-1);
  const weeklyRate = weeklyRateKg(days);
  const base = {
    latestDate: latest?.date ?? null,
    latestTrendKg: latest?.trendKg ?? null,
    weeklyRateKg: weeklyRate,
    weighInsInRateWindow: countRealWeighIns(rateWindow(days)),
  };
  if (goalKg === null) return { ...base, eta: { status: "no-goal" } };
  const reachedGoal = hasReachedGoal(days, goalKg, startKg);
  if (!latest || weeklyRate === null) {
    return { ...base, eta: { status: "insufficient-data" }, reachedGoal };
  }
  const eta = estimateGoalDate(latest.date, latest.trendKg, goalKg, weeklyRate);
  return { ...base, eta, reachedGoal };
}
