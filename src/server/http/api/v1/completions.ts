import { randomUUID } from "node:crypto";
import { z } from "zod";
import { dayPageSchema } from "@/schemas/page";
import { completeTaskSchema } from "@/schemas/tasks";
import type { CompletionResult } from "@/types/tasks";
import * as tasks from "../../../services/tasks";
import { loadOwnerCalendar } from "../../../settings/owner-calendar";
import { endpoint } from "../endpoint";
import { dateParams, dayField, pageOf } from "./common";
import { dayStateField, progressFields, taskIdParams } from "./task-schemas";

const completionResultSchema = z
  .object({
    ...progressFields,
    date: dayField,
    state: dayStateField.nullable().meta({
      description: "Null: the task is not listed that day (a one-off task done earlier).",
    }),
    changed: z.boolean().meta({
      description: "False: nothing was stored or removed (a resent requestId, nothing to undo).",
    }),
  })
  .meta({ id: "CompletionResult" });

function toCompletionResult(result: CompletionResult): z.input<typeof completionResultSchema> {
  const { day, ...rest } = result;
  return { ...rest, date: day };
}

export const addCompletion = endpoint({
  method: "POST",
  path: "/tasks/{id}/completions",
  operationId: "addCompletion",
  tag: "Tasks",
  summary: "Record one completion of a task (a tap on +1)",
  description:
    "On today or an earlier day, under the task's current title. An archived task is refused " +
    "with 409. The same requestId twice stores one completion.",
  access: "write",
  params: taskIdParams,
  body: z.object({
    date: completeTaskSchema.shape.day
      .optional()
      .meta({ description: "YYYY-MM-DD, today or earlier; absent: the owner's today." }),
    requestId: completeTaskSchema.shape.requestId
      .optional()
      .meta({ description: "A UUID of this tap: a resent one is not counted twice." }),
  }),
  response: completionResultSchema,
  status: 201,
  idempotent: true,
  errors: [404, 409, 422],
  async handle({ db, now, params, body }) {
    const day = body.date ?? (await loadOwnerCalendar(db, now)).today;
    const requestId = body.requestId ?? randomUUID();
    return toCompletionResult(
      await tasks.completeTask(db, { taskId: params.id, day, requestId }, now),
    );
  },
});

export const undoCompletion = endpoint({
  method: "DELETE",
  path: "/tasks/{id}/completions/{date}",
  operationId: "undoCompletion",
  tag: "Tasks",
  summary: "Remove one completion of a task on a day (undo)",
  description:
    "The one recorded last on that day; changed false when the day has none. An archived " +
    "task is refused with 409.",
  access: "write",
  params: taskIdParams.extend(dateParams.shape),
  response: completionResultSchema,
  errors: [404, 409, 422],
  async handle({ db, now, params }) {
    const input = { taskId: params.id, day: params.date };
    return toCompletionResult(await tasks.undoCompletion(db, input, now));
  },
});

export const listCompletions = endpoint({
  method: "GET",
  path: "/tasks/{id}/completions",
  operationId: "listCompletions",
  tag: "Tasks",
  summary: "List a task's completions per day, newest first",
  description: "Only the days with at least one completion.",
  access: "read",
  params: taskIdParams,
  query: dayPageSchema,
  response: pageOf(
    z
      .object({
        date: dayField,
        count: z.number().int().meta({ description: "Completions recorded on that day." }),
      })
      .meta({ id: "CompletionDay" }),
    "CompletionDayPage",
  ),
  errors: [404],
  async handle({ db, params, query }) {
    return tasks.listCompletionDays(db, { taskId: params.id, ...query });
  },
});
