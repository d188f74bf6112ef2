import { z } from "zod";
import { formatKcal } from "../text/number";
import { MAX_DAILY_KCAL } from "./limits";

/** The one calorie total of a day. */
export const calorieTotalSchema = z
  .number({ error: "Enter a number of calories." })
  .int({ error: "Enter whole calories." })
  .min(0, { error: "Calories cannot be negative." })
  .max(MAX_DAILY_KCAL, { error: `A day can hold at most ${formatKcal(MAX_DAILY_KCAL)}.` });

/** A quick "+N" added to the day's total; the sum is checked by `applyQuickAdd`. */
export const calorieAddSchema = z
  .number({ error: "Enter a number of calories to add." })
  .int({ error: "Enter whole calories." })
  .min(1, { error: "Add at least 1 kcal." })
  .max(MAX_DAILY_KCAL, { error: `Add at most ${formatKcal(MAX_DAILY_KCAL)} at once.` });
