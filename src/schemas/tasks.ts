import { z } from "zod";
import { PERIODS, canonicalTimeZone } from "@/domain/calendar";
import { TARGET_MAX, TITLE_MAX_LENGTH, UNIT_MAX_LENGTH } from "@/domain/tasks";
import { isoDaySchema } from "./day";
import { settingsPatchSchema } from "./settings";
import { storableString } from "./text";
import { typedNumber } from "./typed-number";
import { formBaseVersionSchema } from "./version";

/** Database ids travel as digit strings (bigint); 18 digits always fit. */
export const taskIdSchema = z.string().regex(/^\d{1,18}$/, "That task does not exist.");

/** Form fields send "" for an empty input: treat it as absent. */
function emptyAsUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** 400 digits are Infinity, which zod refuses as no number: say what is wrong with it. */
function tooLargeOrNotANumber(input: unknown): string {
  if (input === Infinity) return `Use at most ${TARGET_MAX}.`;
  if (input === -Infinity) return "Use at least 1.";
  return "Enter a whole number.";
}

const taskFields = z.object({
  title: storableString({ error: "Enter a title." })
    .trim()
    .min(1, "Enter a title.")
    .max(TITLE_MAX_LENGTH, `Use at most ${TITLE_MAX_LENGTH} characters.`),
  period: z.enum(PERIODS, { message: "Choose daily, weekly, monthly or once." }),
  // "" (what a browser sends for "abc" in a number field) is no number, not 0.
  targetCount: typedNumber(
    "whole",
    z
      .number({ error: (issue) => tooLargeOrNotANumber(issue.input) })
      .int("Enter a whole number.")
      .min(1, "Use at least 1.")
      .max(TARGET_MAX, `Use at most ${TARGET_MAX}.`),
    "Enter a whole number.",
  ),
  scheduledDate: z.preprocess(emptyAsUndefined, isoDaySchema.optional()),
  unit: z.preprocess(
    emptyAsUndefined,
    storableString()
      .trim()
      .max(UNIT_MAX_LENGTH, `Use at most ${UNIT_MAX_LENGTH} characters.`)
      .optional(),
  ),
});

type TaskFields = z.infer<typeof taskFields>;

function checkScheduledDate(task: TaskFields, context: z.RefinementCtx): void {
  if (task.period === "once" && task.scheduledDate === undefined) {
    context.addIssue({
      code: "custom",
      path: ["scheduledDate"],
      message: "Choose the day a one-off task is due.",
    });
  }
  if (task.period !== "once" && task.scheduledDate !== undefined) {
    context.addIssue({
      code: "custom",
      path: ["scheduledDate"],
      message: "Only one-off tasks have a date.",
    });
  }
}

/** Creating a task: the same schema validates the form in the browser and the action. */
export const taskInputSchema = taskFields.superRefine(checkScheduledDate);
export type TaskInput = z.infer<typeof taskInputSchema>;

/**
 * Editing a task, over the version the form loaded (`baseVersion`): when the task changed
 * since, the save is refused instead of overwriting it unseen. Forms always send it
 * (`versionedForm`); a save without one (a script, a test) replaces whatever the task holds.
 */
export const taskUpdateSchema = taskFields
  .extend({ taskId: taskIdSchema, baseVersion: formBaseVersionSchema.optional() })
  .superRefine(checkScheduledDate);
export type TaskUpdateInput = z.infer<typeof taskUpdateSchema>;

export const taskRefSchema = z.object({ taskId: taskIdSchema });

export const moveTaskSchema = z.object({
  taskId: taskIdSchema,
  direction: z.enum(["up", "down"]),
});
export type MoveDirection = z.infer<typeof moveTaskSchema>["direction"];

/** At most this many tasks are reordered in one request. */
export const REORDER_MAX = 1000;

/** A new order for the active tasks: every active task's id once, first to last. */
export const reorderTasksSchema = z.object({
  taskIds: z
    .array(taskIdSchema)
    .min(1, "Send at least one task.")
    .max(REORDER_MAX, `Reorder at most ${REORDER_MAX} tasks at once.`)
    .refine((ids) => new Set(ids).size === ids.length, "Each task may appear only once."),
});
export type ReorderTasksInput = z.infer<typeof reorderTasksSchema>;

/** One tap on "+1": the request id makes a retried or doubled tap count once. */
export const completeTaskSchema = z.object({
  taskId: taskIdSchema,
  day: isoDaySchema,
  requestId: z.uuid("The request id must be a UUID."),
});

export const undoCompletionSchema = z.object({ taskId: taskIdSchema, day: isoDaySchema });

const calendarFields = settingsPatchSchema
  .pick({ timeZone: true, dayStartHour: true, weekStartsOn: true })
  .required();

/**
 * Settings > Calendar, over the group's version the form loaded (`baseVersion`). The time zone
 * is stored as the runtime spells it ("Europe/Berlin").
 */
export const calendarSettingsSchema = calendarFields
  .extend({ baseVersion: formBaseVersionSchema.optional() })
  .transform((value) => ({
    ...value,
    timeZone: canonicalTimeZone(value.timeZone) ?? value.timeZone,
  }));
export type CalendarSettingsInput = z.infer<typeof calendarSettingsSchema>;
