import type { DataSource } from "typeorm";
import { progressRange, type IsoDate, type WeekStartsOn } from "@/domain/calendar";
import { completeTaskSchema, undoCompletionSchema } from "@/schemas/tasks";
import { UserError } from "../../http/user-error";
import { selectRows, type Queryable } from "./db";
import { loadOwnerCalendar, resolveDay } from "./owner-calendar";
import { taskProgress } from "./progress";
import { toTask } from "./task-rows";
import { TASK_NOT_FOUND, findTaskRow, parseInput } from "./task-store";
import type { CompletionResult, DayCount, Task, TaskProgress } from "./types";

export interface CompleteInput {
  taskId: string;
  day: IsoDate;
  /** Client-generated UUID: the same id twice stores one completion. */
  requestId: string;
}

async function loadProgress(
  db: Queryable,
  task: Task,
  day: IsoDate,
  weekStartsOn: WeekStartsOn,
): Promise<TaskProgress> {
  const { start } = progressRange(task, day, weekStartsOn);
  const counts = await selectRows<DayCount>(
    db,
    `SELECT task_id::text AS "taskId", date::text AS date, count(*)::integer AS count
       FROM completions
      WHERE task_id = $1::bigint AND date <= $2::date AND ($3::date IS NULL OR date >= $3::date)
      GROUP BY task_id, date`,
    [task.id, day, start],
  );
  return taskProgress(task, day, weekStartsOn, counts);
}

/** The day's task, refusing future days, unknown tasks and archived ones. */
async function prepare(db: DataSource, taskId: string, requestedDay: IsoDate, now: Date) {
  const calendar = await loadOwnerCalendar(db, now);
  const day = resolveDay(requestedDay, calendar.today);
  const row = await findTaskRow(db, taskId);
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  const task = toTask(row, calendar);
  if (!task.active) {
    throw new UserError(`"${task.title}" is archived. Restore it on the Tasks page first.`, 409);
  }
  return { task, day, weekStartsOn: calendar.weekStartsOn };
}

/**
 * Records one completion of a task on a day (today or earlier) under the task's current title.
 * Idempotent per request id. Returns the progress as stored after the insert.
 */
export async function completeTask(
  db: DataSource,
  input: CompleteInput,
  now = new Date(),
): Promise<CompletionResult> {
  const valid = parseInput(completeTaskSchema, input);
  const { task, day, weekStartsOn } = await prepare(db, valid.taskId, valid.day, now);
  const inserted = await selectRows<{ id: string }>(
    db,
    `WITH inserted AS (
       INSERT INTO completions (task_id, title_snapshot, date, client_request_id)
       SELECT id, title, $2::date, $3::uuid FROM tasks WHERE id = $1::bigint
       ON CONFLICT (client_request_id) DO NOTHING
       RETURNING id
     ) SELECT id::text AS id FROM inserted`,
    [task.id, day, valid.requestId],
  );
  const progress = await loadProgress(db, task, day, weekStartsOn);
  return { ...progress, changed: inserted.length > 0 };
}

/**
 * Removes exactly one completion: the most recently recorded one of that task on that day.
 * It is chosen and deleted in one statement; the row lock makes a concurrent undo wait and
 * then take the next one, so two undos remove two and never the same one.
 */
export async function undoCompletion(
  db: DataSource,
  input: { taskId: string; day: IsoDate },
  now = new Date(),
): Promise<CompletionResult> {
  const valid = parseInput(undoCompletionSchema, input);
  const { task, day, weekStartsOn } = await prepare(db, valid.taskId, valid.day, now);
  const removed = await selectRows<{ id: string }>(
    db,
    `WITH removed AS (
       DELETE FROM completions
        WHERE id = (SELECT id FROM completions
                     WHERE task_id = $1::bigint AND date = $2::date
                     ORDER BY id DESC LIMIT 1 FOR UPDATE)
       RETURNING id
     ) SELECT id::text AS id FROM removed`,
    [task.id, day],
  );
  const progress = await loadProgress(db, task, day, weekStartsOn);
  return { ...progress, changed: removed.length > 0 };
}
