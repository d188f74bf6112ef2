import {
  taskInputSchema,
  taskUpdateSchema,
  type TaskInput,
  type TaskUpdateInput,
} from "@/schemas/tasks";
import type { Task, TaskListItem } from "@/types/tasks";
import { column, selectRows, type Db } from "../../db/rows";
import { loadOwnerCalendar } from "../../settings/owner-calendar";
import { parseInput } from "../input";
import { holdsEdit, staleTask } from "./task-conflict";
import { TASK_COLUMNS, requireTask, selectTasks, taskRowSchema, toTask } from "./task-rows";

export async function getTask(db: Db, taskId: string, now: Date): Promise<Task> {
  return requireTask(db, await loadOwnerCalendar(db, now), taskId);
}

/** Every task, active and archived, in the owner's order. */
const listedRowSchema = taskRowSchema.extend({ finished: column.boolean });

/** Every task, active and archived, in the owner's order; one-offs say whether they are done. */
export async function listTasks(db: Db, now: Date): Promise<TaskListItem[]> {
  const calendar = await loadOwnerCalendar(db, now);
  const rows = await selectRows(
    db,
    listedRowSchema,
    `SELECT ${TASK_COLUMNS},
            (period = 'once' AND (SELECT count(*) FROM completions c WHERE c.task_id = tasks.id)
              >= target_count) AS finished
       FROM tasks ORDER BY sort_order, id`,
  );
  return rows.map((row) => ({ ...toTask(row, calendar), finished: row.finished }));
}

function taskValues(input: TaskInput): unknown[] {
  return [
    input.title,
    input.unit ?? null,
    input.period,
    input.targetCount,
    input.scheduledDate ?? null,
  ];
}

/** Creates a task at the end of the list. */
export async function createTask(db: Db, input: TaskInput, now: Date): Promise<Task> {
  const valid = parseInput(taskInputSchema, input);
  const calendar = await loadOwnerCalendar(db, now);
  const [task] = await selectTasks(
    db,
    calendar,
    `WITH created AS (
       INSERT INTO tasks (title, unit, period, target_count, scheduled_date, sort_order)
       SELECT $1::text, $2::text, $3::text, $4::integer, $5::date, coalesce(max(sort_order) + 1, 0)
         FROM tasks
       RETURNING *
     ) SELECT ${TASK_COLUMNS} FROM created`,
    taskValues(valid),
  );
  if (!task) throw new Error("INSERT INTO tasks returned no row");
  return task;
}

/**
 * Edits a task. Completions keep the title they were recorded under. With `baseVersion` the
 * edit is one compare-and-set: it applies only while the task is still at that version, so of
 * two saves from the same copy exactly one wins; the other is refused (`StaleEditError`, with
 * what the task holds now) unless the task already holds its values (a retried save).
 */
export async function updateTask(db: Db, input: TaskUpdateInput, now: Date): Promise<Task> {
  const valid = parseInput(taskUpdateSchema, input);
  const calendar = await loadOwnerCalendar(db, now);
  const base = valid.baseVersion;
  const [updated] = await selectTasks(
    db,
    calendar,
    `WITH updated AS (
       UPDATE tasks SET title = $1::text, unit = $2::text, period = $3::text,
              target_count = $4::integer, scheduled_date = $5::date, updated_at = now()
        WHERE id = $6::bigint${base === undefined ? "" : " AND version = $7::integer"}
       RETURNING *
     ) SELECT ${TASK_COLUMNS} FROM updated`,
    [...taskValues(valid), valid.taskId, ...(base === undefined ? [] : [base])],
  );
  if (updated) return updated;
  // Nothing updated: the task is gone (404), or it changed since the form's copy.
  const current = await requireTask(db, calendar, valid.taskId);
  if (base === undefined || holdsEdit(current, valid)) return current;
  throw staleTask(current);
}
