import { z } from "zod";
import type { Task } from "@/types/tasks";
import { column, selectRow, type Db } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { loadOwnerCalendar } from "../../settings/owner-calendar";
import { TASK_COLUMNS, TASK_NOT_FOUND, parseTaskId, requireTaskRow } from "./task-rows";

async function setActive(db: Db, taskId: string, active: boolean, now: Date): Promise<Task> {
  const calendar = await loadOwnerCalendar(db, now);
  return requireTaskRow(
    db,
    calendar,
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
}

/** Hides a task from Today and the active list; its completions, streaks and rates stay. */
export function archiveTask(db: Db, taskId: string, now: Date): Promise<Task> {
  return setActive(db, taskId, false, now);
}

export function restoreTask(db: Db, taskId: string, now: Date): Promise<Task> {
  return setActive(db, taskId, true, now);
}

/**
 * Deletes a task for good. Its completions stay (task link emptied by ON DELETE SET NULL)
 * under the titles they were recorded with.
 */
export async function deleteTask(db: Db, taskId: string): Promise<{ title: string }> {
  const row = await selectRow(
    db,
    z.object({ title: column.text }),
    `WITH deleted AS (DELETE FROM tasks WHERE id = $1::bigint RETURNING title)
     SELECT title FROM deleted`,
    [parseTaskId(taskId)],
  );
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  return row;
}
