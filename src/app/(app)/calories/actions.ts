"use server";

import { revalidatePath } from "next/cache";
import { formatKcal } from "@/domain/text";
import {
  quickAddCaloriesSchema,
  restoreCaloriesSchema,
  setCaloriesSchema,
} from "@/schemas/calories";
import { dayAtVersionSchema, versionedForm } from "@/schemas/version";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { getRequestLocale } from "@/server/http/request-locale";
import {
  addCalories,
  clearCalories,
  restoreCalories,
  setCalories,
} from "@/server/services/calories/calories";

/** +N on a day; returns the new total and the one before (for Undo). */
export const quickAddCaloriesAction = ownerAction(
  "quickAddCalories",
  quickAddCaloriesSchema,
  async (input, { db, now }) => {
    const change = await addCalories(db, input, now);
    revalidatePath("/", "layout");
    return change;
  },
);

export const setCaloriesAction = ownerFormAction(
  "setCalories",
  versionedForm(setCaloriesSchema),
  async (input, { db, now }) => {
    const total = await setCalories(db, input, now);
    revalidatePath("/", "layout");
    return { ok: true, message: `Saved ${formatKcal(total, await getRequestLocale())}.` };
  },
);

export const clearCaloriesAction = ownerAction(
  "clearCalories",
  dayAtVersionSchema,
  async (input, { db, now }) => {
    const removed = await clearCalories(db, input, now);
    revalidatePath("/", "layout");
    return removed;
  },
);

/** Undo of a quick add or a clear; returns the day's total now (null: none). */
export const restoreCaloriesAction = ownerAction(
  "restoreCalories",
  restoreCaloriesSchema,
  async (input, { db, now }) => {
    const restored = await restoreCalories(db, input, now);
    revalidatePath("/", "layout");
    return restored;
  },
);
