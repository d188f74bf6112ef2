import "server-only";
import { dayAtVersionSchema } from "@/schemas/version";
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
import { dayPageSchema, type DayPage, type DayPageInput } from "@/schemas/page";
import { saveWeightSchema, weightDaySchema, type SaveWeightInput } from "@/schemas/weight";
import type { SavedWeight, WeightOverview } from "@/types/weight";
import type { Db } from "../../db/rows";
import { staleDayValue } from "../../http/stale-edit";
import { UserError } from "../../http/user-error";
import { loadOwnerCalendar } from "../../settings/owner-calendar";
import { loadLoggableDay, parseInput } from "../input";
import { summarizeWeightAsOf } from "./weight-summary";
import {
  deleteWeighIn,
  getWeighIn,
  listWeighIns,
  pageWeighIns,
  saveWeighIn,
  weighInHistory,
  type VersionedWeighIn,
} from "./weight-store";

function saved(day: IsoDate, weighIn: VersionedWeighIn, unit: WeightUnit): SavedWeight {
  const { weightKg, version } = weighIn;
  return { day, weightKg, shown: kgToDisplay(weightKg, unit), unit, version };
}

function shownWeight(weightKg: number, unit: WeightUnit): string {
  return `${kgToDisplay(weightKg, unit).toFixed(1)} ${unit}`;
}

/** A save or delete made from an older copy of the day: what it holds now, and its version. */
function staleWeighIn(current: VersionedWeighIn | null, unit: WeightUnit, attempt: string) {
  const shown = current && shownWeight(current.weightKg, unit);
  return staleDayValue({ shown, version: current?.version ?? 0 }, "weigh-in", attempt);
}

/**
 * Saves (or replaces) the day's weigh-in, entered in the owner's unit and stored in kg, over
 * the version the form saw; `replaced` is the value shown before when the save changed it. A
 * save from an older version is refused (`StaleEditError`), unless the day already holds this
 * very value (a retried save whose answer was lost).
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
  // Re-saving the value as shown keeps the stored kg, so unit round trips never drift it.
  if (existing !== null && current === valid.weight) {
    return { ...saved(day, existing, unit), replaced: null };
  }
  const weightKg = displayToKg(valid.weight, unit);
  const attempt = `Save again to store ${shownWeight(weightKg, unit)}.`;
  const base = valid.baseVersion;
  if (base !== undefined && base !== (existing?.version ?? 0)) {
    throw staleWeighIn(existing, unit, attempt);
  }
  const written = await saveWeighIn(db, day, weightKg, base);
  if (!written) throw staleWeighIn(await getWeighIn(db, day), unit, attempt);
  return { ...saved(day, written, unit), replaced: current };
}

/**
 * Removes the day's weigh-in (at the version the form saw, when given); true when there was
 * one. A delete from an older version is refused, so a newer value is never removed unseen.
 */
export async function deleteWeight(
  db: Db,
  input: { day: string; baseVersion?: number },
  now: Date,
): Promise<boolean> {
  const valid = parseInput(dayAtVersionSchema, input);
  const { day, calendar } = await loadLoggableDay(db, valid.day, now);
  if (await deleteWeighIn(db, day, valid.baseVersion)) return true;
  const current = await getWeighIn(db, day);
  if (valid.baseVersion === undefined || (current === null && valid.baseVersion === 0)) {
    return false;
  }
  const unit = calendar.settings.weightUnit;
  throw staleWeighIn(current, unit, "Nothing was deleted.");
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
  return weighIn ? saved(day, weighIn, settings.weightUnit) : null;
}

/** One page of weigh-ins in the owner's unit, newest first (see `dayPageSchema`). */
export async function listWeightPage(
  db: Db,
  input: Partial<Record<keyof DayPageInput, unknown>>,
  now: Date,
): Promise<DayPage<SavedWeight>> {
  const page = parseInput(dayPageSchema, input);
  const [{ settings }, { items, next }] = await Promise.all([
    loadOwnerCalendar(db, now),
    pageWeighIns(db, page),
  ]);
  return { items: items.map((item) => saved(item.date, item, settings.weightUnit)), next };
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
