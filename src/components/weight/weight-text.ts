import { kgToDisplay, type WeightEta, type WeightUnit } from "@/domain/weight";
import { countOf, formatFixed } from "@/domain/text";
import { dayTitle } from "@/components/charts/day-labels";

/** "−0.41 kg/week" in `locale`. */
export function formatRate(rateKg: number, unit: WeightUnit, locale: string): string {
  const value = kgToDisplay(rateKg, unit, 2);
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${formatFixed(Math.abs(value), 2, locale)} ${unit}/week`;
}

/** The goal's expected day in `locale`, or why there is none. */
export function etaText(eta: WeightEta, reachedGoal: boolean | undefined, locale: string): string {
  if (reachedGoal) return "Goal reached";
  switch (eta.status) {
    case "converging":
      return `${dayTitle(eta.date, locale)} (in ${countOf(eta.days, "day", "days")})`;
    case "not-converging":
      return "Not converging at this rate";
    case "insufficient-data":
      return "Needs 4 weigh-ins in the last 14 days";
    case "no-goal":
      return "No goal set";
  }
}
