"use server";

import { revalidatePath } from "next/cache";
import { saveWeightSchema, weightDaySchema } from "@/schemas/weight";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { deleteWeight, saveWeight } from "@/server/services/weight/weight";

export const saveWeightAction = ownerFormAction("saveWeight", saveWeightSchema, async (input) => {
  const saved = await saveWeight(input);
  revalidatePath("/", "layout");
  return { ok: true, message: `Saved ${saved.shown.toFixed(1)} ${saved.unit}.` };
});

export const deleteWeightAction = ownerAction("deleteWeight", weightDaySchema, async (input) => {
  const removed = await deleteWeight(input);
  revalidatePath("/", "layout");
  return removed;
});
