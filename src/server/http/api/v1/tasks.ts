import { z } from "zod";
import { taskInputSchema, taskUpdateSchema } from "@/schemas/tasks";
import * as tasks from "../../../services/tasks";
import { endpoint } from "../endpoint";
import { baseVersionField } from "./common";
import { checkedBody, taskBodyFields, taskIdParams, taskSchema } from "./task-schemas";

const taskListSchema = z
  .object({
    items: z.array(
      taskSchema.extend({
        finished: z
          .boolean()
          .meta({ description: "A one-off task whose target is reached (recurring: false)." }),
      }),
    ),
  })
  .meta({ id: "TaskList" });

export const listTasks = endpoint({
  method: "GET",
  path: "/tasks",
  operationId: "listTasks",
  tag: "Tasks",
  summary: "List every task, active and archived, in the owner's order",
  description:
    "Not paged: an owner has a few dozen tasks at most. Archived tasks have active false.",
  access: "read",
  response: taskListSchema,
  errors: [],
  async handle({ db, now }) {
    return { items: await tasks.listTasks(db, now) };
  },
});

export const createTask = endpoint({
  method: "POST",
  path: "/tasks",
  operationId: "createTask",
  tag: "Tasks",
  summary: "Create a task at the end of the owner's order",
  access: "write",
  body: z.object(taskBodyFields),
  response: taskSchema,
  status: 201,
  idempotent: true,
  errors: [422],
  async handle({ db, now, body }) {
    const input = checkedBody(taskInputSchema, {
      ...body,
      unit: body.unit ?? undefined,
      scheduledDate: body.scheduledDate ?? undefined,
    });
    return tasks.createTask(db, input, now);
  },
});

export const getTask = endpoint({
  method: "GET",
  path: "/tasks/{id}",
  operationId: "getTask",
  tag: "Tasks",
  summary: "Read a task",
  access: "read",
  params: taskIdParams,
  response: taskSchema,
  errors: [404],
  async handle({ db, now, params }) {
    return tasks.getTask(db, params.id, now);
  },
});

/** Absent: keep what the task holds; null: clear it. */
function kept<T>(sent: T | null | undefined, current: T | null): T | undefined {
  if (sent === undefined) return current ?? undefined;
  return sent ?? undefined;
}

export const updateTask = endpoint({
  method: "PATCH",
  path: "/tasks/{id}",
  operationId: "updateTask",
  tag: "Tasks",
  summary: "Edit a task",
  description:
    "Send only the fields to change; null clears unit or scheduledDate. Completions keep the " +
    "title they were recorded under. Without baseVersion the fields not sent are kept as the " +
    "task holds them when the edit is made.",
  access: "write",
  params: taskIdParams,
  body: z.object({
    title: taskBodyFields.title.optional(),
    period: taskBodyFields.period.optional(),
    targetCount: taskBodyFields.targetCount.optional(),
    unit: taskBodyFields.unit,
    scheduledDate: taskBodyFields.scheduledDate,
    baseVersion: baseVersionField,
  }),
  response: taskSchema,
  errors: [404, 409, 422],
  async handle({ db, now, params, body }) {
    const current = await tasks.getTask(db, params.id, now);
    const input = checkedBody(taskUpdateSchema, {
      taskId: params.id,
      title: body.title ?? current.title,
      period: body.period ?? current.period,
      targetCount: body.targetCount ?? current.targetCount,
      unit: kept(body.unit, current.unit),
      scheduledDate: kept(body.scheduledDate, current.scheduledDate),
      // The fields not sent are the ones just read: saved only over that version.
      baseVersion: body.baseVersion ?? current.version,
    });
    return tasks.updateTask(db, input, now);
  },
});
