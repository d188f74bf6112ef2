"use server";

import { revalidatePath } from "next/cache";
import { calorieDaySchema, quickAddCaloriesSchema, setCaloriesSchema } from "@/schemas/calories";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { addCalories, clearCalories, setCalories } from "@/server/services/calories/calories";

/** +N on a day; returns the new total. */
export const quickAddCaloriesAction = ownerAction(
  "quickAddCalories",
  quickAddCaloriesSchema,
  async (input) => {
    const total = await addCalories(input);
    revalidatePath("/", "layout");
    return total;
  },
);

export const setCaloriesAction = ownerFormAction(
  "setCalories",
  setCaloriesSchema,
  async (input) => {
    const total = await setCalories(input);
    revalidatePath("/", "layout");
    return { ok: true, message: `Saved ${total.toLocaleString("en-US")} kcal.` };
  },
);

export const clearCaloriesAction = ownerAction("clearCalories", calorieDaySchema, async (input) => {
  const removed = await clearCalories(input);
  revalidatePath("/", "layout");
  return removed;
});
