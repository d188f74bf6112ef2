import { z } from "zod";
import { PERIODS, ownerDay, type OwnerDayOptions } from "@/domain/calendar";
import { taskIdSchema } from "@/schemas/tasks";
import type { TaskRow } from "../../db/entities";
import {
  column,
  entityRowSchema,
  selectRow,
  selectRows,
  utcInstant,
  type Queryable,
} from "../../db/rows";
import { UserError } from "../../http/user-error";
import type { Task } from "@/types/tasks";

export const TASK_NOT_FOUND =
  "That task no longer exists. It may have been deleted in another tab.";

/** A task row as an export holds it (`listAllTaskRows`): everything but its version. */
const storedTaskRowSchema = entityRowSchema<TaskRow>()({
  id: column.id,
  title: column.text,
  unit: column.text.nullable(),
  period: z.enum(PERIODS),
  targetCount: column.integer,
  active: column.boolean,
  sortOrder: column.integer,
  scheduledDate: column.date.nullable(),
  createdAt: column.instant,
  archivedAt: column.instant.nullable(),
});

/** The `tasks` table's one row boundary: what `TASK_COLUMNS` selects, checked per row. */
export const taskRowSchema = storedTaskRowSchema.extend({ version: column.integer });
type TaskSqlRow = z.infer<typeof taskRowSchema>;

/** The select list every task query uses (instants as ISO text, ids and dates as text). */
export const TASK_COLUMNS = `id::text AS id, title, unit, period, target_count AS "targetCount",
  active, sort_order AS "sortOrder", scheduled_date::text AS "scheduledDate",
  ${utcInstant("created_at")} AS "createdAt", ${utcInstant("archived_at")} AS "archivedAt", version`;

export function toTask(row: TaskSqlRow, calendar: OwnerDayOptions): Task {
  return {
    id: row.id,
    title: row.title,
    unit: row.unit,
    period: row.period,
    targetCount: row.targetCount,
    active: row.active,
    sortOrder: row.sortOrder,
    scheduledDate: row.scheduledDate,
    createdOn: ownerDay(new Date(row.createdAt), calendar),
    archivedOn: row.archivedAt === null ? null : ownerDay(new Date(row.archivedAt), calendar),
    version: row.version,
  };
}

/** A task id from a client: anything that cannot be one is "no longer exists" (404). */
export function parseTaskId(taskId: string): string {
  if (!taskIdSchema.safeParse(taskId).success) throw new UserError(TASK_NOT_FOUND, 404);
  return taskId;
}

/** Tasks selected by `sql` (which selects TASK_COLUMNS), as the app shows them. */
export async function selectTasks(
  db: Queryable,
  calendar: OwnerDayOptions,
  sql: string,
  parameters: unknown[] = [],
): Promise<Task[]> {
  const rows = await selectRows(db, taskRowSchema, sql, parameters);
  return rows.map((row) => toTask(row, calendar));
}

/** The one "find the task or 404": `sql` selects TASK_COLUMNS of at most one task. */
export async function requireTaskRow(
  db: Queryable,
  calendar: OwnerDayOptions,
  sql: string,
  parameters: unknown[],
): Promise<Task> {
  const row = await selectRow(db, taskRowSchema, sql, parameters);
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  return toTask(row, calendar);
}

/** The task with this id, or a 404 the owner can read. */
export function requireTask(db: Queryable, calendar: OwnerDayOptions, taskId: string) {
  return requireTaskRow(db, calendar, `SELECT ${TASK_COLUMNS} FROM tasks WHERE id = $1::bigint`, [
    parseTaskId(taskId),
  ]);
}

/**
 * Every task as stored (export and backups), oldest id first. Columns added by a later
 * migration are read through `to_jsonb`, so the backup taken just before that migration (on
 * the older schema) still works: a column that does not exist yet reads as null.
 */
export function listAllTaskRows(db: Queryable): Promise<z.infer<typeof storedTaskRowSchema>[]> {
  const later = (name: string) => `to_jsonb(t) ->> '${name}'`;
  return selectRows(
    db,
    storedTaskRowSchema,
    `SELECT id::text AS id, title, ${later("unit")} AS unit, period, target_count AS "targetCount",
            active, sort_order AS "sortOrder", scheduled_date::text AS "scheduledDate",
            ${utcInstant("created_at")} AS "createdAt",
            ${utcInstant(`(${later("archived_at")})::timestamptz`)} AS "archivedAt"
       FROM tasks t ORDER BY t.id`,
  );
}
