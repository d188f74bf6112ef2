import "server-only";
import { dayAtVersionSchema } from "@/schemas/version";
import { formatKcal } from "@/domain/text";
import {
  applyQuickAdd,
  dayBalance,
  summarizeCalories,
  type CalorieWindow,
  type DayBalance,
} from "@/domain/calories";
import { addDays, type IsoDate } from "@/domain/calendar";
import {
  calorieDaySchema,
  quickAddCaloriesSchema,
  restoreCaloriesSchema,
  setCaloriesSchema,
  type QuickAddCaloriesInput,
  type RestoreCaloriesInput,
  type SetCaloriesInput,
} from "@/schemas/calories";
import { dayPageSchema, type DayPage, type DayPageInput } from "@/schemas/page";
import type { CalorieOverview, DayTotalChange } from "@/types/calories";
import type { Db } from "../../db/rows";
import { staleDayValue } from "../../http/stale-edit";
import { UserError } from "../../http/user-error";
import { loadOwnerCalendar } from "../../settings/owner-calendar";
import { loadLoggableDay, parseInput } from "../input";
import {
  addToDayTotal,
  clearDayTotal,
  getDayTotal,
  getVersionedDayTotal,
  listDayTotals,
  pageDayTotals,
  restoreDayTotal,
  setDayTotal,
  type VersionedDayTotal,
} from "./calorie-store";

/**
 * Quick add (+N): atomic, so two adds at the same time both count. Returns the new total and
 * the one before (null: none), which is what an undo puts back.
 */
export async function addCalories(
  db: Db,
  input: QuickAddCaloriesInput,
  now: Date,
): Promise<DayTotalChange> {
  const valid = parseInput(quickAddCaloriesSchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  const change = await addToDayTotal(db, day, valid.kcal);
  if (change !== null) return change;
  // The statement refused the add; explain with the total as it is now.
  const refused = applyQuickAdd(await getDayTotal(db, day), valid.kcal);
  const reason = refused.ok ? "The day's total changed meanwhile." : refused.error.message;
  throw new UserError(`${reason} Nothing was added.`, 422);
}

function staleDayTotal(current: VersionedDayTotal, attempt: string) {
  const shown = current.kcal === null ? null : formatKcal(current.kcal);
  return staleDayValue({ shown, version: current.version }, "total", attempt);
}

/**
 * Sets the day's total (editing a day) over the version the form saw; returns the stored
 * total. A save from an older version is refused (`StaleEditError`), unless the day already
 * holds this very total (a retried save whose answer was lost).
 */
export async function setCalories(db: Db, input: SetCaloriesInput, now: Date): Promise<number> {
  const valid = parseInput(setCaloriesSchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  const written = await setDayTotal(db, day, valid.kcal, valid.baseVersion);
  if (written) return valid.kcal;
  const current = await getVersionedDayTotal(db, day);
  if (current.kcal === valid.kcal) return valid.kcal;
  throw staleDayTotal(current, `Save again to set it to ${formatKcal(valid.kcal)}.`);
}

/**
 * Removes the day's total (at the version the form saw, when given); returns the total it held
 * (null: there was none), for an undo. A newer total than the form showed is not removed.
 */
export async function clearCalories(
  db: Db,
  input: { day: string; baseVersion?: number },
  now: Date,
): Promise<number | null> {
  const valid = parseInput(dayAtVersionSchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  const removed = await clearDayTotal(db, day, valid.baseVersion);
  if (removed !== null || valid.baseVersion === undefined) return removed;
  const current = await getVersionedDayTotal(db, day);
  if (current.kcal === null) return null;
  throw staleDayTotal(current, "Nothing was cleared.");
}

/** Undoes a quick add or a clear; refused when the day's total changed since. */
export async function restoreCalories(
  db: Db,
  input: RestoreCaloriesInput,
  now: Date,
): Promise<number | null> {
  const valid = parseInput(restoreCaloriesSchema, input);
  const { day } = await loadLoggableDay(db, valid.day, now);
  if (await restoreDayTotal(db, day, valid.expected, valid.restore)) return valid.restore;
  const current = await getDayTotal(db, day);
  const holds = current === null ? "nothing is logged" : `it holds ${formatKcal(current)}`;
  throw new UserError(`The day changed since (${holds}), so nothing was undone.`, 409);
}

/**
 * The day's logged total (null: none) with the version a form saves over (0: no total). Reading
 * any valid day is fine; only writes refuse the future.
 */
export async function getCalorieDay(db: Db, input: { day: string }): Promise<VersionedDayTotal> {
  return getVersionedDayTotal(db, parseInput(calorieDaySchema, input).day);
}

/** One page of logged totals, newest first (see `dayPageSchema`). */
export function listCaloriePage(
  db: Db,
  input: Partial<Record<keyof DayPageInput, unknown>>,
): Promise<DayPage<VersionedDayTotal & { date: IsoDate }>> {
  return pageDayTotals(db, parseInput(dayPageSchema, input));
}

/** Eaten / goal / remaining for one day (Today's card, which may show a future day). */
export async function getCalorieBalance(
  db: Db,
  input: { day: string },
  now: Date,
): Promise<DayBalance> {
  const { day } = parseInput(calorieDaySchema, input);
  const [{ settings }, eaten] = await Promise.all([
    loadOwnerCalendar(db, now),
    getDayTotal(db, day),
  ]);
  return dayBalance(eaten, settings.calorieGoal);
}

/** The last 7 / 30 / 90 days (ending today) against the goal, with the 7-day average. */
export async function getCalorieOverview(
  db: Db,
  { windowDays }: { windowDays: CalorieWindow },
  now: Date,
): Promise<CalorieOverview> {
  const { settings, today } = await loadOwnerCalendar(db, now);
  const from = addDays(today, -(Math.max(windowDays, 7) - 1));
  const entries = await listDayTotals(db, from, today);
  const goalKcal = settings.calorieGoal;
  return { today, goalKcal, summary: summarizeCalories({ entries, goalKcal, today, windowDays }) };
}
