"use server";

import { revalidatePath } from "next/cache";
import { formatDay } from "@/domain/calendar/date-format";
import { formatFixed } from "@/domain/text";
import { dayAtVersionSchema, versionedForm } from "@/schemas/version";
import { saveWeightSchema, weightDaySchema } from "@/schemas/weight";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import { getRequestLocale } from "@/server/http/request-locale";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { deleteWeight, getWeightOnDay, saveWeight } from "@/server/services/weight/weight";
import type { SavedWeight } from "@/types/weight";

/** "Saved 81.2 kg for Fri, 27 Nov 2026, replacing 82.0.", as the screen writes days and numbers. */
function savedMessage(
  saved: SavedWeight & { replaced: number | null },
  today: string,
  locale: string,
): string {
  const value = `${formatFixed(saved.shown, 1, locale)} ${saved.unit}`;
  const on = saved.day === today ? "" : ` for ${formatDay(saved.day, locale)}`;
  const replacing =
    saved.replaced === null ? "" : `, replacing ${formatFixed(saved.replaced, 1, locale)}`;
  return `Saved ${value}${on}${replacing}.`;
}

export const saveWeightAction = ownerFormAction(
  "saveWeight",
  versionedForm(saveWeightSchema),
  async (input, { db, now }) => {
    const saved = await saveWeight(db, input, now);
    revalidatePath("/", "layout");
    const { today } = await loadOwnerCalendar(db, now);
    const message = savedMessage(saved, today, await getRequestLocale());
    return { ok: true, message, version: saved.version };
  },
);

export const deleteWeightAction = ownerAction(
  "deleteWeight",
  dayAtVersionSchema,
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
