import { addDays, type IsoDate } from "@/domain/calendar";
import {
  MIN_WEIGH_INS_FOR_RATE,
  RATE_WINDOW_DAYS,
  summarizeWeight,
  type WeightDay,
  type WeightSummary,
} from "@/domain/weight";

/**
 * The domain's summary, with one more rule: rate and ETA are hidden unless 4 real weigh-ins fall
 * in the 14 days ending TODAY (the domain counts back from the last weigh-in, which may be old).
 */
export function summarizeWeightAsOf(
  days: readonly WeightDay[],
  goalKg: number | null,
  today: IsoDate,
  startKg?: number,
): WeightSummary {
  const summary = summarizeWeight(days, goalKg, startKg);
  const firstDay = addDays(today, -(RATE_WINDOW_DAYS - 1));
  const recent = days.filter((day) => day.weightKg !== null && day.date >= firstDay).length;
  if (recent >= MIN_WEIGH_INS_FOR_RATE) return summary;
  return {
    ...summary,
    weeklyRateKg: null,
    weighInsInRateWindow: recent,
    eta: goalKg === null ? { status: "no-goal" } : { status: "insufficient-data" },
  };
}
