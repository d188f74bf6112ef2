import { z } from "zod";
import { reorderTasksSchema } from "@/schemas/tasks";
import * as tasks from "../../../services/tasks";
import { endpoint } from "../endpoint";
import { deletedSchema } from "./common";
import { taskIdParams, taskSchema } from "./task-schemas";

export const reorderTasks = endpoint({
  method: "POST",
  path: "/tasks/reorder",
  operationId: "reorderTasks",
  tag: "Tasks",
  summary: "Put the active tasks in a new order",
  description:
    "taskIds names every active task once, first to last; archived tasks keep their places. " +
    "An order that does not name exactly the active tasks (one made before a task was added, " +
    "archived or deleted) is refused with 409: read the list again.",
  access: "write",
  body: reorderTasksSchema,
  response: z
    .object({
      changed: z.boolean().meta({ description: "False: the tasks were already in this order." }),
    })
    .meta({ id: "Reordered" }),
  idempotent: true,
  errors: [409, 422],
  async handle({ db, body }) {
    return { changed: await tasks.reorderTasks(db, body) };
  },
});

export const archiveTask = endpoint({
  method: "POST",
  path: "/tasks/{id}/archive",
  operationId: "archiveTask",
  tag: "Tasks",
  summary: "Archive a task",
  description:
    "It leaves the day list; its completions, streaks and rates stay. An archived task keeps " +
    "its archive day.",
  access: "write",
  params: taskIdParams,
  response: taskSchema,
  errors: [404],
  async handle({ db, now, params }) {
    return tasks.archiveTask(db, params.id, now);
  },
});

export const restoreTask = endpoint({
  method: "POST",
  path: "/tasks/{id}/restore",
  operationId: "restoreTask",
  tag: "Tasks",
  summary: "Restore an archived task",
  access: "write",
  params: taskIdParams,
  response: taskSchema,
  errors: [404],
  async handle({ db, now, params }) {
    return tasks.restoreTask(db, params.id, now);
  },
});

export const deleteTask = endpoint({
  method: "DELETE",
  path: "/tasks/{id}",
  operationId: "deleteTask",
  tag: "Tasks",
  summary: "Delete a task for good",
  description:
    "Its completions stay in the history under the titles they were recorded with, no longer " +
    "linked to a task. To keep the task's streaks and rates, archive it instead.",
  access: "write",
  params: taskIdParams,
  response: deletedSchema,
  errors: [404],
  async handle({ db, params }) {
    await tasks.deleteTask(db, params.id);
    return { deleted: true };
  },
});
