"use server";

import { revalidatePath } from "next/cache";
import {
  reorderTasksSchema,
  taskInputSchema,
  taskRefSchema,
  taskUpdateSchema,
} from "@/schemas/tasks";
import { versionedForm } from "@/schemas/version";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import {
  archiveTask,
  createTask,
  deleteTask,
  reorderTasks,
  restoreTask,
  updateTask,
} from "@/server/services/tasks";

function refreshTaskPages() {
  revalidatePath("/tasks", "layout");
  revalidatePath("/");
}

export const createTaskAction = ownerFormAction(
  "createTask",
  taskInputSchema,
  async (input, { db, now }) => {
    const task = await createTask(db, input, now);
    refreshTaskPages();
    return { ok: true, message: `Added “${task.title}”.` };
  },
);

export const updateTaskAction = ownerFormAction(
  "updateTask",
  versionedForm(taskUpdateSchema),
  async (input, { db, now }) => {
    const task = await updateTask(db, input, now);
    refreshTaskPages();
    return { ok: true, message: `Saved “${task.title}”.`, version: task.version };
  },
);

/** Saves the order the Tasks list already shows (optimistic); a stale order is refused. */
export const reorderTasksAction = ownerAction(
  "reorderTasks",
  reorderTasksSchema,
  async (input, { db }) => {
    const changed = await reorderTasks(db, input);
    refreshTaskPages();
    return changed;
  },
);

export const archiveTaskAction = ownerAction(
  "archiveTask",
  taskRefSchema,
  async (input, { db, now }) => {
    const task = await archiveTask(db, input.taskId, now);
    refreshTaskPages();
    return { title: task.title };
  },
);

export const restoreTaskAction = ownerAction(
  "restoreTask",
  taskRefSchema,
  async (input, { db, now }) => {
    const task = await restoreTask(db, input.taskId, now);
    refreshTaskPages();
    return { title: task.title };
  },
);

export const deleteTaskAction = ownerAction("deleteTask", taskRefSchema, async (input, { db }) => {
  const deleted = await deleteTask(db, input.taskId);
  refreshTaskPages();
  return deleted;
});
