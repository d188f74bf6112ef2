import { z } from "zod";
import { PERIODS, type TaskDayState } from "@/domain/calendar";
import { TARGET_MAX, TITLE_MAX_LENGTH, UNIT_MAX_LENGTH } from "@/domain/tasks";
import { taskIdSchema, taskInputSchema } from "@/schemas/tasks";
import { invalidPart } from "../api-error";
import { dayField, versionField } from "./common";

const TASK_ID_PROBLEM = "A task id is a whole number of at most 18 digits, such as 42.";

/** A task id in a path: digits (a bigint), refused with 400 otherwise. */
export const taskIdParams = z.object({
  id: z
    .string()
    .refine((id) => taskIdSchema.safeParse(id).success, { error: TASK_ID_PROBLEM })
    .meta({ description: "The task's id (digits).", example: "42" }),
});

export const taskIdField = z.string().meta({ description: "Digits (a bigint).", example: "42" });

export const periodField = z.enum(PERIODS).meta({
  description: "How often the target is due. once: a one-off task, due on its scheduledDate.",
});

export const taskSchema = z
  .object({
    id: taskIdField,
    title: z.string(),
    unit: z
      .string()
      .nullable()
      .meta({ description: "What one completion counts (“glasses”); null: plain times." }),
    period: periodField,
    targetCount: z
      .number()
      .int()
      .meta({ description: "Completions asked for per period (once: in all)." }),
    active: z.boolean().meta({ description: "False: archived (not on the day list)." }),
    sortOrder: z.number().int().meta({ description: "Place in the owner's order, 0 first." }),
    scheduledDate: dayField
      .nullable()
      .meta({ description: "The day a one-off task is due; null for recurring tasks." }),
    createdOn: dayField.meta({ description: "The owner's day the task was created." }),
    archivedOn: dayField
      .nullable()
      .meta({ description: "The owner's day it was archived; null while active." }),
    version: versionField,
  })
  .meta({ id: "Task" });

const DAY_STATES = ["done", "open", "overdue"] as const satisfies readonly TaskDayState[];

export const dayStateField = z.enum(DAY_STATES).meta({
  description: "done: the target is reached; open: not yet; overdue: a one-off task past its day.",
});

/** A task's progress on a day, as the day list and a completion answer show it. */
export const progressFields = {
  taskId: taskIdField,
  count: z
    .number()
    .int()
    .meta({ description: "Completions in the period (once: ever) up to and including the day." }),
  target: z.number().int().meta({ description: "The task's targetCount." }),
  dayCount: z
    .number()
    .int()
    .meta({ description: "Completions recorded on the day itself: what undo can remove." }),
};

const fields = taskInputSchema.shape;

/** What a task is made of, as a body sends it: the same rules as the app's task form. */
export const taskBodyFields = {
  title: fields.title.meta({ description: `1 to ${TITLE_MAX_LENGTH} characters.` }),
  period: fields.period,
  targetCount: fields.targetCount.meta({
    description: `Completions per period, 1 to ${TARGET_MAX}.`,
  }),
  unit: fields.unit
    .nullable()
    .meta({ description: `What one completion counts, up to ${UNIT_MAX_LENGTH} characters.` }),
  scheduledDate: fields.scheduledDate
    .nullable()
    .meta({ description: "YYYY-MM-DD: required for period once, refused for any other." }),
};

/**
 * `value` checked by the service's own schema, so a rule across fields (a one-off task's date)
 * is refused like a field's: 422 with `fields`. The service checks it again.
 */
export function checkedBody<S extends z.ZodType>(schema: S, value: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidPart(parsed.error, "body");
  return parsed.data;
}
