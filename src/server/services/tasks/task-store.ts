import type { DataSource } from "typeorm";
import type { z } from "zod";
import {
  taskIdSchema,
  taskInputSchema,
  taskUpdateSchema,
  type TaskInput,
  type TaskUpdateInput,
} from "@/schemas/tasks";
import { UserError } from "../../http/user-error";
import { selectRows, type Queryable } from "./db";
import { loadOwnerCalendar } from "./owner-calendar";
import { TASK_COLUMNS, toTask, type TaskSqlRow } from "./task-rows";
import type { Task } from "./types";

export const TASK_NOT_FOUND =
  "That task no longer exists. It may have been deleted in another tab.";

/** Validates again at the service boundary, so no caller can store what a form would refuse. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((issue) => issue.message).join(" "), 422);
  }
  return parsed.data as z.infer<S>;
}

export function parseTaskId(taskId: string): string {
  if (!taskIdSchema.safeParse(taskId).success) throw new UserError(TASK_NOT_FOUND, 404);
  return taskId;
}

export async function findTaskRow(db: Queryable, taskId: string): Promise<TaskSqlRow | null> {
  const rows = await selectRows<TaskSqlRow>(
    db,
    `SELECT ${TASK_COLUMNS} FROM tasks WHERE id = $1::bigint`,
    [parseTaskId(taskId)],
  );
  return rows[0] ?? null;
}

export async function getTask(db: DataSource, taskId: string, now = new Date()): Promise<Task> {
  const calendar = await loadOwnerCalendar(db, now);
  const row = await findTaskRow(db, taskId);
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  return toTask(row, calendar);
}

/** Every task, active and archived, in the owner's order. */
export async function listTasks(db: DataSource, now = new Date()): Promise<Task[]> {
  const calendar = await loadOwnerCalendar(db, now);
  const rows = await selectRows<TaskSqlRow>(
    db,
    `SELECT ${TASK_COLUMNS} FROM tasks ORDER BY sort_order, id`,
  );
  return rows.map((row) => toTask(row, calendar));
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
export async function createTask(db: DataSource, input: TaskInput, now = new Date()) {
  const valid = parseInput(taskInputSchema, input);
  const calendar = await loadOwnerCalendar(db, now);
  const [row] = await selectRows<TaskSqlRow>(
    db,
    `WITH created AS (
       INSERT INTO tasks (title, unit, period, target_count, scheduled_date, sort_order)
       SELECT $1::text, $2::text, $3::text, $4::integer, $5::date, coalesce(max(sort_order) + 1, 0)
         FROM tasks
       RETURNING *
     ) SELECT ${TASK_COLUMNS} FROM created`,
    taskValues(valid),
  );
  if (!row) throw new Error("INSERT INTO tasks returned no row");
  return toTask(row, calendar);
}

/** Edits a task. Completions keep the title they were recorded under. */
export async function updateTask(db: DataSource, input: TaskUpdateInput, now = new Date()) {
  const valid = parseInput(taskUpdateSchema, input);
  const calendar = await loadOwnerCalendar(db, now);
  const [row] = await selectRows<TaskSqlRow>(
    db,
    `WITH updated AS (
       UPDATE tasks SET title = $1::text, unit = $2::text, period = $3::text,
              target_count = $4::integer, scheduled_date = $5::date, updated_at = now()
        WHERE id = $6::bigint
       RETURNING *
     ) SELECT ${TASK_COLUMNS} FROM updated`,
    [...taskValues(valid), valid.taskId],
  );
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  return toTask(row, calendar);
}
