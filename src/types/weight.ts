import type { IsoDate } from "@/domain/calendar";
import type { WeightChartPoint, WeightSummary, WeightUnit } from "@/domain/weight";

export interface SavedWeight {
  day: IsoDate;
  weightKg: number;
  /** What the owner sees again: the stored kg in their unit, one decimal. */
  shown: number;
  unit: WeightUnit;
  /** The day's version, which a form sends back as `baseVersion` when it saves over it. */
  version: number;
}

export interface WeightOverview {
  today: IsoDate;
  unit: WeightUnit;
  goalKg: number | null;
  summary: WeightSummary;
  /**
   * The chosen range in the owner's unit (the trend as over all weigh-ins), thinned to at most
   * MAX_CHART_POINTS for long ranges.
   */
  points: WeightChartPoint[];
  /** The range's latest real weigh-ins (at most MAX_LISTED_WEIGH_INS), newest first, in the owner's unit. */
  weighIns: Array<{ date: IsoDate; shown: number }>;
  /** How many days of the range have a weigh-in. */
  weighInsInRange: number;
  totalWeighIns: number;
}
