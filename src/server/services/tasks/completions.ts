import { z } from "zod";
import { progressRange, type IsoDate, type WeekStartsOn } from "@/domain/calendar";
import { completeTaskSchema, undoCompletionSchema } from "@/schemas/tasks";
import { column, selectRows, type Db, type Queryable } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { loadLoggableDay, parseInput } from "../input";
import { DAY_COUNT_COLUMNS, selectDayCounts } from "./completion-counts";
import { taskProgress } from "./progress";
import { requireTask } from "./task-rows";
import type { CompletionResult, Task, TaskProgress } from "@/types/tasks";

export interface CompleteInput {
  taskId: string;
  day: IsoDate;
  /** Client-generated UUID: the same id twice stores one completion. */
  requestId: string;
}

const changedRowSchema = z.object({ id: column.id });

async function loadProgress(
  db: Queryable,
  task: Task,
  day: IsoDate,
  weekStartsOn: WeekStartsOn,
): Promise<TaskProgress> {
  const { start } = progressRange(task, day, weekStartsOn);
  const counts = await selectDayCounts(
    db,
    `SELECT ${DAY_COUNT_COLUMNS} FROM completions c
      WHERE c.task_id = $1::bigint AND c.date <= $2::date AND ($3::date IS NULL OR c.date >= $3::date)
      GROUP BY c.task_id, c.date`,
    [task.id, day, start],
  );
  return taskProgress(task, day, weekStartsOn, counts);
}

/** The day's task, refusing future days, unknown tasks and archived ones. */
async function prepare(db: Db, taskId: string, requestedDay: IsoDate, now: Date) {
  const { day, calendar } = await loadLoggableDay(db, requestedDay, now);
  const task = await requireTask(db, calendar, taskId);
  if (!task.active) {
    throw new UserError(`"${task.title}" is archived. Restore it on the Tasks page first.`, 409);
  }
  return { task, day, weekStartsOn: calendar.weekStartsOn };
}

/** Runs `sql` (a CTE returning the changed ids) and reports the task's progress after it. */
async function changeCompletions(
  db: Db,
  taskId: string,
  requestedDay: IsoDate,
  now: Date,
  change: { sql: string; parameters: (task: Task, day: IsoDate) => unknown[] },
): Promise<CompletionResult> {
  const { task, day, weekStartsOn } = await prepare(db, taskId, requestedDay, now);
  const changed = await selectRows(db, changedRowSchema, change.sql, change.parameters(task, day));
  const progress = await loadProgress(db, task, day, weekStartsOn);
  return { ...progress, changed: changed.length > 0 };
}

/**
 * Records one completion of a task on a day (today or earlier) under the task's current title.
 * Idempotent per request id. Returns the progress as stored after the insert.
 */
export function completeTask(db: Db, input: CompleteInput, now: Date): Promise<CompletionResult> {
  const valid = parseInput(completeTaskSchema, input);
  return changeCompletions(db, valid.taskId, valid.day, now, {
    sql: `WITH inserted AS (
       INSERT INTO completions (task_id, title_snapshot, date, client_request_id)
       SELECT id, title, $2::date, $3::uuid FROM tasks WHERE id = $1::bigint
       ON CONFLICT (client_request_id) DO NOTHING
       RETURNING id
     ) SELECT id::text AS id FROM inserted`,
    parameters: (task, day) => [task.id, day, valid.requestId],
  });
}

/**
 * Removes exactly one completion: the most recently recorded one of that task on that day.
 * It is chosen and deleted in one statement; the row lock makes a concurrent undo wait and
 * then take the next one, so two undos remove two and never the same one.
 */
export function undoCompletion(
  db: Db,
  input: { taskId: string; day: IsoDate },
  now: Date,
): Promise<CompletionResult> {
  const valid = parseInput(undoCompletionSchema, input);
  return changeCompletions(db, valid.taskId, valid.day, now, {
    sql: `WITH removed AS (
       DELETE FROM completions
        WHERE id = (SELECT id FROM completions
                     WHERE task_id = $1::bigint AND date = $2::date
                     ORDER BY id DESC LIMIT 1 FOR UPDATE)
       RETURNING id
     ) SELECT id::text AS id FROM removed`,
    parameters: (task, day) => [task.id, day],
  });
}
