import { z } from "zod";
import type { IsoDate } from "@/domain/calendar";
import { column, selectRows, type Queryable } from "../../db/rows";

/** Completions of one task on one day (several taps on a day are several completions). */
export const dayCountSchema = z.object({
  taskId: column.id,
  date: column.date,
  count: column.integer,
});
export type DayCount = z.infer<typeof dayCountSchema>;

/** The select list of per-day counts: `c` is `completions`, grouped by task and date. */
export const DAY_COUNT_COLUMNS = `c.task_id::text AS "taskId", c.date::text AS date,
  count(*)::integer AS count`;

/** Per-day completion counts; `sql` selects DAY_COUNT_COLUMNS. */
export function selectDayCounts(db: Queryable, sql: string, parameters: unknown[] = []) {
  return selectRows(db, dayCountSchema, sql, parameters);
}

export function groupByTask<Row extends { taskId: string }>(rows: readonly Row[]) {
  const byTask = new Map<string, Row[]>();
  for (const row of rows) {
    const list = byTask.get(row.taskId);
    if (list) list.push(row);
    else byTask.set(row.taskId, [row]);
  }
  return byTask;
}

/** One date per completion, from rows that count completions per day. */
export function completionDatesOf(rows: ReadonlyArray<{ date: IsoDate; count: number }>) {
  const dates: IsoDate[] = [];
  for (const row of rows) for (let index = 0; index < row.count; index += 1) dates.push(row.date);
  return dates;
}
