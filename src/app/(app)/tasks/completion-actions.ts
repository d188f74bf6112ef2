"use server";

import { completeTaskSchema, undoCompletionSchema } from "@/schemas/tasks";
import { ownerAction } from "@/server/http/owner-action";
import { completeTask, undoCompletion } from "@/server/services/tasks";

/**
 * "+1" and "undo" on Today. They return the stored progress and revalidate nothing: the row
 * renders the returned values, which keeps a tap to one small round trip.
 */
export const completeTaskAction = ownerAction(
  "completeTask",
  completeTaskSchema,
  async (input, { db, now }) => completeTask(db, input, now),
);

export const undoCompletionAction = ownerAction(
  "undoCompletion",
  undoCompletionSchema,
  async (input, { db, now }) => undoCompletion(db, input, now),
);
