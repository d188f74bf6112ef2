"use server";

import { revalidatePath } from "next/cache";
import { appendDiaryLineSchema, saveDiarySchema } from "@/schemas/diary";
import { ownerAction } from "@/server/http/owner-action";
import { addDiaryLine, saveDiaryOrConflict } from "@/server/services/diary/diary";

/**
 * Autosave: no revalidation, the editor keeps its own state; other pages load fresh anyway.
 * A save over an entry changed elsewhere answers with that entry instead of saving.
 */
export const saveDiaryAction = ownerAction(
  "saveDiary",
  saveDiarySchema,
  async (input, { db, now }) => saveDiaryOrConflict(db, input, now),
);

/** Today's "add a line" to the day's entry. */
export const addDiaryLineAction = ownerAction(
  "addDiaryLine",
  appendDiaryLineSchema,
  async (input, { db, now }) => {
    const saved = await addDiaryLine(db, input, now);
    revalidatePath("/", "layout");
    return { day: saved.date, length: saved.length };
  },
);
