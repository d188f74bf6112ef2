import "server-only";
import {
  buildDailyTrend,
  displayToKg,
  isWeightInRange,
  kgToDisplay,
  sliceWeightRange,
  thinChartPoints,
  MAX_LISTED_WEIGH_INS,
  toWeightChartPoints,
  trendWindowStart,
  weightRangeFirstDay,
  type WeightRange,
  weightRangeMessage,
  type WeightUnit,
} from "@/domain/weight";
import type { IsoDate } from "@/domain/calendar";
import { saveWeightSchema, weightDaySchema, type SaveWeightInput } from "@/schemas/weight";
import type { SavedWeight, WeightOverview } from "@/types/weight";
import type { Db } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { loadOwnerCalendar } from "../../settings/owner-calendar";
import { loadLoggableDay, parseInput } from "../input";
import { summarizeWeightAsOf } from "./weight-summary";
import {
  deleteWeighIn,
  getWeighIn,
  listWeighIns,
  upsertWeighIn,
  weighInHistory,
} from "./weight-store";

function saved(day: IsoDate, weightKg: number, unit: WeightUnit): SavedWeight {
  return { day, weightKg, shown: kgToDisplay(weightKg, unit), unit };
}

/** Refuses to replace a stored weigh-in the owner was not shown (another tab, a stale form). */
function refuseUnseenOverwrite(valid: SaveWeightInput, current: number | null, unit: WeightUnit) {
  if (valid.expected === undefined || current === null || current === valid.weight) return;
  const expected = valid.expected === "none" ? null : valid.expected;
  if (current === expected) return;
  throw new UserError(
    `That day already holds ${current.toFixed(1)} ${unit}, not what this form showed. ` +
      `Save again to replace it with ${valid.weight.toFixed(1)} ${unit}.`,
    409,
  );
}

/**
 * Saves (or replaces) the day's weigh-in, entered in the owner's unit and stored in kg;
 * `replaced` is the value shown before when the save changed it.
 */
export async function saveWeight(
  db: Db,
  input: SaveWeightInput,
  now: Date,
): Promise<SavedWeight & { replaced: number | null }> {
  const valid = parseInput(saveWeightSchema, input);
  const { day, calendar } = await loadLoggableDay(db, valid.day, now);
  const unit = calendar.settings.weightUnit;
  if (!isWeightInRange(valid.weight, unit)) throw new UserError(weightRangeMessage(unit), 422);
  const existing = await getWeighIn(db, day);
  const current = existing === null ? null : kgToDisplay(existing.weightKg, unit);
  refuseUnseenOverwrite(valid, current, unit);
  // Re-saving the value as shown keeps the stored kg, so unit round trips never drift it.
  const unchanged = existing !== null && current === valid.weight;
  const weightKg = unchanged ? existing.weightKg : displayToKg(valid.weight, unit);
  await upsertWeighIn(db, day, weightKg);
  return { ...saved(day, weightKg, unit), replaced: unchanged ? null : current };
}

/** Removes the day's weigh-in; true when there was one. */
export async function deleteWeight(db: Db, input: { day: string }, now: Date): Promise<boolean> {
  const { day } = await loadLoggableDay(db, parseInput(weightDaySchema, input).day, now);
  return deleteWeighIn(db, day);
}

/** The day's weigh-in in the owner's unit, or null. Any valid day can be read. */
export async function getWeightOnDay(
  db: Db,
  input: { day: string },
  now: Date,
): Promise<SavedWeight | null> {
  const { day } = parseInput(weightDaySchema, input);
  const [{ settings }, weighIn] = await Promise.all([
    loadOwnerCalendar(db, now),
    getWeighIn(db, day),
  ]);
  return weighIn ? saved(day, weighIn.weightKg, settings.weightUnit) : null;
}

/**
 * The chosen range's chart, weigh-ins and summary. Reads only the range, the summary's rate
 * window and the trend's warm-up before them (`trendWindowStart`), plus one row of totals, so
 * the work is the same after one year or ten; "all" reads everything and thins the chart.
 */
export async function getWeightOverview(
  db: Db,
  { range }: { range: WeightRange },
  now: Date,
): Promise<WeightOverview> {
  const { settings, today } = await loadOwnerCalendar(db, now);
  const history = await weighInHistory(db, today);
  const shownFrom = weightRangeFirstDay(range, today);
  const from = shownFrom === null ? null : trendWindowStart(shownFrom, history.lastDate, today);
  const days = buildDailyTrend(await listWeighIns(db, from, today));
  const unit = settings.weightUnit;
  const points = toWeightChartPoints(sliceWeightRange(days, range, today), unit);
  const goalKg = settings.goalWeightKg;
  const weighIns = points.flatMap((point) =>
    point.weight === null ? [] : [{ date: point.date, shown: point.weight }],
  );
  return {
    today,
    unit,
    goalKg,
    summary: summarizeWeightAsOf(days, goalKg, today, history.firstKg ?? undefined),
    points: thinChartPoints(points),
    weighIns: weighIns.slice(-MAX_LISTED_WEIGH_INS).reverse(),
    weighInsInRange: weighIns.length,
    totalWeighIns: history.count,
  };
}
