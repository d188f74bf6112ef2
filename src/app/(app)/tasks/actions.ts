"use server";

import { revalidatePath } from "next/cache";
import { moveTaskSchema, taskInputSchema, taskRefSchema, taskUpdateSchema } from "@/schemas/tasks";
import { getDataSource } from "@/server/db/data-source";
import { ownerAction, ownerFormAction } from "@/server/http/owner-action";
import {
  archiveTask,
  createTask,
  deleteTask,
  moveTask,
  restoreTask,
  updateTask,
} from "@/server/services/tasks";

function refreshTaskPages() {
  revalidatePath("/tasks", "layout");
  revalidatePath("/");
}

export const createTaskAction = ownerFormAction("createTask", taskInputSchema, async (input) => {
  const task = await createTask(await getDataSource(), input);
  refreshTaskPages();
  return { ok: true, message: `Added “${task.title}”.` };
});

export const updateTaskAction = ownerFormAction("updateTask", taskUpdateSchema, async (input) => {
  const task = await updateTask(await getDataSource(), input);
  refreshTaskPages();
  return { ok: true, message: `Saved “${task.title}”.` };
});

export const moveTaskAction = ownerAction("moveTask", moveTaskSchema, async (input) => {
  const moved = await moveTask(await getDataSource(), input.taskId, input.direction);
  refreshTaskPages();
  return moved;
});

export const archiveTaskAction = ownerAction("archiveTask", taskRefSchema, async (input) => {
  const task = await archiveTask(await getDataSource(), input.taskId);
  refreshTaskPages();
  return { title: task.title };
});

export const restoreTaskAction = ownerAction("restoreTask", taskRefSchema, async (input) => {
  const task = await restoreTask(await getDataSource(), input.taskId);
  refreshTaskPages();
  return { title: task.title };
});

export const deleteTaskAction = ownerAction("deleteTask", taskRefSchema, async (input) => {
  const deleted = await deleteTask(await getDataSource(), input.taskId);
  refreshTaskPages();
  return deleted;
});
