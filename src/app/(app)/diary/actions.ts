"use server";

import { saveDiarySchema } from "@/schemas/diary";
import { ownerAction } from "@/server/http/owner-action";
import { saveDiary } from "@/server/services/diary/diary";

/** Autosave: no revalidation, the editor keeps its own state; other pages load fresh anyway. */
export const saveDiaryAction = ownerAction(
  "saveDiary",
  saveDiarySchema,
  async (input, { db, now }) => saveDiary(db, input, now),
);
