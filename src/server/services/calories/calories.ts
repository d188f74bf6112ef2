import "server-only";
import {
  applyQuickAdd,
  dayBalance,
  summarizeCalories,
  type CalorieSummary,
  type CalorieWindow,
  type DayBalance,
} from "@/domain/calories";
import { addIsoDays } from "@/domain/weight";
import {
  calorieDaySchema,
  quickAddCaloriesSchema,
  setCaloriesSchema,
  type QuickAddCaloriesInput,
  type SetCaloriesInput,
} from "@/schemas/calories";
import { getDataSource } from "../../db/data-source";
import { UserError } from "../../http/user-error";
import { getOwnerToday } from "../../settings/owner-today";
import {
  addToDayTotal,
  clearDayTotal,
  getDayTotal,
  listDayTotals,
  setDayTotal,
} from "./calorie-store";
import { parseInput, requireLoggableDay } from "./input";

/** Quick add (+N): atomic, so two adds at the same time both count. Returns the new total. */
export async function addCalories(input: QuickAddCaloriesInput): Promise<number> {
  const { date, kcal } = parseInput(quickAddCaloriesSchema, input);
  await requireLoggableDay(date);
  const db = await getDataSource();
  const total = await addToDayTotal(db, date, kcal);
  if (total !== null) return total;
  // The statement refused the add; explain with the total as it is now.
  const refused = applyQuickAdd(await getDayTotal(db, date), kcal);
  const reason = refused.ok ? "The day's total changed meanwhile." : refused.error.message;
  throw new UserError(`${reason} Nothing was added.`, 422);
}

/** Sets the day's total (editing a day). Returns the stored total. */
export async function setCalories(input: SetCaloriesInput): Promise<number> {
  const { date, kcal } = parseInput(setCaloriesSchema, input);
  await requireLoggableDay(date);
  return setDayTotal(await getDataSource(), date, kcal);
}

/** Removes the day's total; true when there was one. */
export async function clearCalories(input: { date: string }): Promise<boolean> {
  const { date } = parseInput(calorieDaySchema, input);
  await requireLoggableDay(date);
  return clearDayTotal(await getDataSource(), date);
}

export async function getCaloriesOnDay(date: string): Promise<number | null> {
  return getDayTotal(await getDataSource(), parseInput(calorieDaySchema, { date }).date);
}

/** Eaten / goal / remaining for one day (Today's card). */
export async function getCalorieBalance(date: string): Promise<DayBalance> {
  const { settings } = await getOwnerToday();
  return dayBalance(await getCaloriesOnDay(date), settings.calorieGoal);
}

export interface CalorieOverview {
  today: string;
  goalKcal: number;
  summary: CalorieSummary;
}

/** The last 7 / 30 / 90 days (ending today) against the goal, with the 7-day average. */
export async function getCalorieOverview(windowDays: CalorieWindow): Promise<CalorieOverview> {
  const { settings, today } = await getOwnerToday();
  const entries = await listDayTotals(
    await getDataSource(),
    addIsoDays(today, -(Math.max(windowDays, 7) - 1)),
    today,
  );
  const summary = summarizeCalories({ entries, goalKcal: settings.calorieGoal, today, windowDays });
  return { today, goalKcal: settings.calorieGoal, summary };
}
