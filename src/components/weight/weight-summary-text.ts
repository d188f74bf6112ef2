import { formatWeight, type WeightSummary, type WeightUnit } from "@/domain/weight";
import { countOf } from "@/domain/text";
import { dayTitle } from "@/components/charts/day-labels";
import { etaText, formatRate } from "./weight-text";

/** One sentence a screen reader can use instead of the weight chart. */
export function weightSummaryText(input: {
  summary: WeightSummary;
  unit: WeightUnit;
  goalKg: number | null;
  weighInsShown: number;
  /** The owner's display locale, for days and numbers. */
  locale: string;
}): string {
  const { summary, unit, goalKg, weighInsShown, locale } = input;
  if (summary.latestTrendKg === null || summary.latestDate === null) return "No weigh-ins yet.";
  const parts = [
    `${countOf(weighInsShown, "weigh-in", "weigh-ins")} in this range.`,
    `Trend ${formatWeight(summary.latestTrendKg, unit, locale)} on ${dayTitle(summary.latestDate, locale)}` +
      (summary.weeklyRateKg === null
        ? "."
        : `, ${formatRate(summary.weeklyRateKg, unit, locale)}.`),
  ];
  if (goalKg !== null) {
    parts.push(
      `Goal ${formatWeight(goalKg, unit, locale)}: ${etaText(summary.eta, summary.reachedGoal, locale)}.`,
    );
  }
  return parts.join(" ");
}
