import "server-only";
import {
  buildDailyTrend,
  displayToKg,
  kgToDisplay,
  sliceWeightRange,
  toWeightChartPoints,
  type WeightChartPoint,
  type WeightRange,
  type WeightSummary,
  type WeightUnit,
} from "@/domain/weight";
import { saveWeightSchema, weightDaySchema, type SaveWeightInput } from "@/schemas/weight";
import { getDataSource } from "../../db/data-source";
import { UserError } from "../../http/user-error";
import { getOwnerToday } from "../../settings/owner-today";
import { parseInput, requireLoggableDay } from "../calories/input";
import { summarizeWeightAsOf } from "./weight-summary";
import { deleteWeighIn, getWeighIn, listWeighIns, upsertWeighIn } from "./weight-store";

/** The weight_entries check allows up to 999.9999 kg. */
const MAX_STORED_KG = 999.999;

export interface SavedWeight {
  date: string;
  weightKg: number;
  /** What the owner sees again: the stored kg in their unit, one decimal. */
  shown: number;
  unit: WeightUnit;
}

/** Saves (or replaces) the day's weigh-in, entered in the owner's unit and stored in kg. */
export async function saveWeight(input: SaveWeightInput): Promise<SavedWeight> {
  const { date, weight } = parseInput(saveWeightSchema, input);
  const { settings } = await requireLoggableDay(date);
  const unit = settings.weightUnit;
  const db = await getDataSource();
  const existing = await getWeighIn(db, date);
  // Re-saving the value as shown keeps the stored kg, so unit round trips never drift it.
  const unchanged = existing !== null && kgToDisplay(existing.weightKg, unit) === weight;
  const weightKg = unchanged ? existing.weightKg : displayToKg(weight, unit);
  if (weightKg > MAX_STORED_KG) throw new UserError("Enter a weight below 1000 kg.", 422);
  await upsertWeighIn(db, date, weightKg);
  return { date, weightKg, shown: kgToDisplay(weightKg, unit), unit };
}

/** Removes the day's weigh-in; true when there was one. */
export async function deleteWeight(input: { date: string }): Promise<boolean> {
  const { date } = parseInput(weightDaySchema, input);
  await requireLoggableDay(date);
  return deleteWeighIn(await getDataSource(), date);
}

/** The day's weigh-in in the owner's unit, or null. */
export async function getWeightOnDay(date: string): Promise<SavedWeight | null> {
  const { settings } = await getOwnerToday();
  const weighIn = await getWeighIn(
    await getDataSource(),
    parseInput(weightDaySchema, { date }).date,
  );
  if (!weighIn) return null;
  const unit = settings.weightUnit;
  return { date, weightKg: weighIn.weightKg, shown: kgToDisplay(weighIn.weightKg, unit), unit };
}

export interface WeightOverview {
  today: string;
  unit: WeightUnit;
  goalKg: number | null;
  summary: WeightSummary;
  /** The chosen range in the owner's unit (trend computed over all weigh-ins). */
  points: WeightChartPoint[];
  /** Real weigh-ins of the range, newest first, in the owner's unit. */
  weighIns: Array<{ date: string; shown: number }>;
  totalWeighIns: number;
}

export async function getWeightOverview(range: WeightRange): Promise<WeightOverview> {
  const { settings, today } = await getOwnerToday();
  const weighIns = await listWeighIns(await getDataSource(), today);
  const days = buildDailyTrend(weighIns);
  const unit = settings.weightUnit;
  const points = toWeightChartPoints(sliceWeightRange(days, range, today), unit);
  return {
    today,
    unit,
    goalKg: settings.goalWeightKg,
    summary: summarizeWeightAsOf(days, settings.goalWeightKg, today),
    points,
    weighIns: points
      .flatMap((point) =>
        point.weight === null ? [] : [{ date: point.date, shown: point.weight }],
      )
      .reverse(),
    totalWeighIns: weighIns.length,
  };
}
