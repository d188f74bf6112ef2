import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { TaskInput } from "@/schemas/tasks";
import { completeTask, createTask } from "@/server/services/tasks";

/** A fixed "now": Wednesday 2030-01-16 12:00 UTC (the owner's zone defaults to UTC). */
export const NOW = new Date("2030-01-16T12:00:00Z");
export const TODAY = "2030-01-16";

export function daily(title: string, targetCount = 1): TaskInput {
  return { title, period: "daily", targetCount };
}

export async function newTask(db: DataSource, input: TaskInput, createdOn?: string) {
  const task = await createTask(db, input, NOW);
  if (createdOn) await backdateTask(db, task.id, createdOn);
  return task;
}

/** Pretends a task was created at noon UTC on `day`. */
export async function backdateTask(db: DataSource, taskId: string, day: string) {
  await db.query(
    `UPDATE tasks SET created_at = ($2::date + time '12:00') AT TIME ZONE 'UTC' WHERE id = $1::bigint`,
    [taskId, day],
  );
}

/** Stored completions, one per entry (a day listed twice gets two). */
export async function insertCompletions(db: DataSource, taskId: string, days: string[]) {
  for (const day of days) {
    await db.query(
      `INSERT INTO completions (task_id, title_snapshot, date)
       SELECT id, title, $2::date FROM tasks WHERE id = $1::bigint`,
      [taskId, day],
    );
  }
}

export function tap(db: DataSource, taskId: string, day = TODAY, requestId = randomUUID()) {
  return completeTask(db, { taskId, day, requestId }, NOW);
}

export async function storedCount(db: DataSource, taskId: string, day?: string): Promise<number> {
  const rows: Array<{ count: number }> = await db.query(
    `SELECT count(*)::integer AS count FROM completions
      WHERE task_id = $1::bigint AND ($2::date IS NULL OR date = $2::date)`,
    [taskId, day ?? null],
  );
  return rows[0]?.count ?? 0;
}
