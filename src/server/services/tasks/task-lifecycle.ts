import type { DataSource } from "typeorm";
import { UserError } from "../../http/user-error";
import { selectRows } from "./db";
import { loadOwnerCalendar } from "./owner-calendar";
import { TASK_COLUMNS, toTask, type TaskSqlRow } from "./task-rows";
import { TASK_NOT_FOUND, parseTaskId } from "./task-store";
import type { Task } from "./types";

async function setActive(db: DataSource, taskId: string, active: boolean, now: Date) {
  const calendar = await loadOwnerCalendar(db, now);
  const [row] = await selectRows<TaskSqlRow>(
    db,
    `WITH changed AS (
       UPDATE tasks
          SET archived_at = CASE WHEN $2::boolean THEN NULL
                                 WHEN active THEN now()
                                 ELSE coalesce(archived_at, now()) END,
              active = $2::boolean,
              updated_at = now()
        WHERE id = $1::bigint
       RETURNING *
     ) SELECT ${TASK_COLUMNS} FROM changed`,
    [parseTaskId(taskId), active],
  );
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  return toTask(row, calendar);
}

/** Hides a task from Today and the active list; its completions, streaks and rates stay. */
export function archiveTask(db: DataSource, taskId: string, now = new Date()): Promise<Task> {
  return setActive(db, taskId, false, now);
}

export function restoreTask(db: DataSource, taskId: string, now = new Date()): Promise<Task> {
  return setActive(db, taskId, true, now);
}

/**
 * Deletes a task for good. Its completions stay (task link emptied by ON DELETE SET NULL)
 * under the titles they were recorded with.
 */
export async function deleteTask(db: DataSource, taskId: string): Promise<{ title: string }> {
  const [row] = await selectRows<{ title: string }>(
    db,
    `WITH deleted AS (DELETE FROM tasks WHERE id = $1::bigint RETURNING title)
     SELECT title FROM deleted`,
    [parseTaskId(taskId)],
  );
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  return row;
}
