"use server";

import { revalidatePath } from "next/cache";
import { formatKcal } from "@/domain/text";
import { calorieDaySchema, quickAddCaloriesSchema, setCaloriesSchema } from "@/schemas/calories";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { addCalories, clearCalories, setCalories } from "@/server/services/calories/calories";

/** +N on a day; returns the new total. */
export const quickAddCaloriesAction = ownerAction(
  "quickAddCalories",
  quickAddCaloriesSchema,
  async (input, { db, now }) => {
    const total = await addCalories(db, input, now);
    revalidatePath("/", "layout");
    return total;
  },
);

export const setCaloriesAction = ownerFormAction(
  "setCalories",
  setCaloriesSchema,
  async (input, { db, now }) => {
    const total = await setCalories(db, input, now);
    revalidatePath("/", "layout");
    return { ok: true, message: `Saved ${formatKcal(total)}.` };
  },
);

export const clearCaloriesAction = ownerAction(
  "clearCalories",
  calorieDaySchema,
  async (input, { db, now }) => {
    const removed = await clearCalories(db, input, now);
    revalidatePath("/", "layout");
    return removed;
  },
);
