"use server";

import { revalidatePath } from "next/cache";
import { saveWeightSchema, weightDaySchema } from "@/schemas/weight";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { deleteWeight, saveWeight } from "@/server/services/weight/weight";

export const saveWeightAction = ownerFormAction(
  "saveWeight",
  saveWeightSchema,
  async (input, { db, now }) => {
    const saved = await saveWeight(db, input, now);
    revalidatePath("/", "layout");
    return { ok: true, message: `Saved ${saved.shown.toFixed(1)} ${saved.unit}.` };
  },
);

export const deleteWeightAction = ownerAction(
  "deleteWeight",
  weightDaySchema,
  async (input, { db, now }) => {
    const removed = await deleteWeight(db, input, now);
    revalidatePath("/", "layout");
    return removed;
  },
);
