import { z } from "zod";
import { dayPageSchema, toDayPage, type DayPage, type DayPageInput } from "@/schemas/page";
import { column, selectRows, type Db } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { parseInput } from "../input";
import { TASK_NOT_FOUND, parseTaskId } from "./task-rows";

/** How many completions a task has on one day. */
export interface CompletionDay {
  date: string;
  count: number;
}

/** One row per listed day; a task without completions in the page gives one row of nulls. */
const completionDayRowSchema = z.object({
  date: column.date.nullable(),
  count: column.integer.nullable(),
});

/**
 * One page of a task's completions per day, newest first (see `dayPageSchema`), in one
 * statement: the task row is joined to its day counts, so an unknown task (no row) is a 404
 * and a task without completions in the range an empty page. One day more than the page is
 * read (`toDayPage`).
 */
export async function listCompletionDays(
  db: Db,
  input: { taskId: string } & Partial<Record<keyof DayPageInput, unknown>>,
): Promise<DayPage<CompletionDay>> {
  const { taskId, ...pageInput } = input;
  const id = parseTaskId(taskId);
  const page = parseInput(dayPageSchema, pageInput);
  const rows = await selectRows(
    db,
    completionDayRowSchema,
    `SELECT d.date::text AS date, d.count
       FROM tasks t
       LEFT JOIN LATERAL (
         SELECT c.date, count(*)::integer AS count FROM completions c
          WHERE c.task_id = t.id
            AND ($2::date IS NULL OR c.date >= $2::date) AND ($3::date IS NULL OR c.date < $3::date)
          GROUP BY c.date ORDER BY c.date DESC LIMIT $4::int
       ) d ON true
      WHERE t.id = $1::bigint
      ORDER BY d.date DESC`,
    [id, page.from ?? null, page.before ?? null, page.limit + 1],
  );
  if (rows.length === 0) throw new UserError(TASK_NOT_FOUND, 404);
  const days = rows.flatMap((row) =>
    row.date === null || row.count === null ? [] : [{ date: row.date, count: row.count }],
  );
  return toDayPage(days, page.limit);
}
