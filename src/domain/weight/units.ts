import { formatDecimal, formatFixed } from "../text/number";

export type WeightUnit = "kg" | "lb";

/** Exact by international definition (1959). */
export const KG_PER_LB = 0.45359237;

/**
 * Kilograms are stored with 3 decimals in `numeric(8,4)` (below 1000 kg, `MAX_WEIGHT_KG`). Two decimals would
 * already round-trip every 0.1 step in kg and lb; three keep the worst lb error at 0.0011 lb.
 */
export const STORED_KG_DECIMALS = 3;
export const DISPLAY_DECIMALS = 1;

/** The database's `weight_entries_range` check: a weight is above 0 and below 1000 kg. */
export const MAX_WEIGHT_KG = 1000;

/** Rounds half away from zero, ignoring binary noise such as 45.35 * 10 = 453.49999999999994. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Exact conversion without rounding, for calculations and chart scales. */
export function kgToUnit(kg: number, unit: WeightUnit): number {
  return unit === "kg" ? kg : kg / KG_PER_LB;
}

export function unitToKg(value: number, unit: WeightUnit): number {
  return unit === "kg" ? value : value * KG_PER_LB;
}

/** The value to store for what the owner typed in their unit. */
export function displayToKg(value: number, unit: WeightUnit): number {
  return roundTo(unitToKg(value, unit), STORED_KG_DECIMALS);
}

/** The value to show for a stored (or computed) weight, rounded for display. */
export function kgToDisplay(kg: number, unit: WeightUnit, decimals = DISPLAY_DECIMALS): number {
  return roundTo(kgToUnit(kg, unit), decimals);
}

/** A stored weight in the owner's unit, written in `locale`: "80.0 kg" (en), "80,0 kg" (de). */
export function formatWeight(
  kg: number,
  unit: WeightUnit,
  locale: string,
  decimals = DISPLAY_DECIMALS,
): string {
  return `${formatFixed(kgToDisplay(kg, unit, decimals), decimals, locale)} ${unit}`;
}

/** A number as typed, with at most one decimal (the display precision). */
export function hasAtMostOneDecimal(value: number): boolean {
  return roundTo(value, DISPLAY_DECIMALS) === value;
}

/** The largest value with one decimal, in `unit`, that is still below 1000 kg. */
function largestBelowLimit(unit: WeightUnit): number {
  const step = 10 ** -DISPLAY_DECIMALS;
  const limit = kgToUnit(MAX_WEIGHT_KG, unit);
  return roundTo(Math.ceil(roundTo(limit / step, 6)) * step - step, DISPLAY_DECIMALS);
}

/**
 * The one weight rule, for weigh-ins and the goal alike: above 0 and below 1000 kg. Typed with
 * one decimal in the owner's unit, that is 0.1 to 999.9 kg, or 0.1 to 2204.6 lb (999.990 kg).
 */
export const MAX_TYPED_WEIGHT: Record<WeightUnit, number> = {
  kg: largestBelowLimit("kg"),
  lb: largestBelowLimit("lb"),
};

/** The one sentence for the rule, in the owner's unit. */
export function weightRangeMessage(unit: WeightUnit): string {
  return `Enter a weight from 0.1 to ${formatDecimal(MAX_TYPED_WEIGHT[unit])} ${unit}.`;
}

export function isWeightInRange(value: number, unit: WeightUnit): boolean {
  return value > 0 && value <= MAX_TYPED_WEIGHT[unit];
}
