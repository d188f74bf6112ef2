import { z } from "zod";

export type WeightUnit = "kg" | "lb";

/** Exact by international definition (1959). */
export const KG_PER_LB = 0.45359237;

/**
 * Kilograms are stored with 3 decimals in `numeric(7,3)` (up to 9999.999 kg). Two decimals would
 * already round-trip every 0.1 step in kg and lb; three keep the worst lb error at 0.0011 lb.
 */
export const STORED_KG_DECIMALS = 3;
export const DISPLAY_DECIMALS = 1;
export const MAX_DISPLAY_WEIGHT = 1000;

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

export function formatWeight(kg: number, unit: WeightUnit, decimals = DISPLAY_DECIMALS): string {
  return `${kgToDisplay(kg, unit, decimals).toFixed(decimals)} ${unit}`;
}

function hasAtMostOneDecimal(value: number): boolean {
  return roundTo(value, DISPLAY_DECIMALS) === value;
}

/** A weight as typed in the owner's unit: above 0, at most 1000, at most one decimal. */
export const weightDisplayValueSchema = z
  .number({ error: "Enter a weight." })
  .gt(0, { error: "Enter a weight above 0." })
  .max(MAX_DISPLAY_WEIGHT, { error: `Enter a weight of at most ${MAX_DISPLAY_WEIGHT}.` })
  .refine(hasAtMostOneDecimal, { error: "Use at most one decimal." });

export const weightUnitSchema = z.enum(["kg", "lb"]);
