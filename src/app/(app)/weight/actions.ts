"use server";

import { revalidatePath } from "next/cache";
import { saveWeightSchema, weightDaySchema } from "@/schemas/weight";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { deleteWeight, getWeightOnDay, saveWeight } from "@/server/services/weight/weight";
import type { SavedWeight } from "@/types/weight";

function savedMessage(saved: SavedWeight & { replaced: number | null }, today: string): string {
  const value = `${saved.shown.toFixed(1)} ${saved.unit}`;
  const on = saved.day === today ? "" : ` for ${saved.day}`;
  const replacing = saved.replaced === null ? "" : `, replacing ${saved.replaced.toFixed(1)}`;
  return `Saved ${value}${on}${replacing}.`;
}

export const saveWeightAction = ownerFormAction(
  "saveWeight",
  saveWeightSchema,
  async (input, { db, now }) => {
    const saved = await saveWeight(db, input, now);
    revalidatePath("/", "layout");
    const { today } = await loadOwnerCalendar(db, now);
    return { ok: true, message: savedMessage(saved, today) };
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

export const loadWeightAction = ownerAction(
  "loadWeight",
  weightDaySchema,
  async (input, { db, now }) => getWeightOnDay(db, input, now),
);
