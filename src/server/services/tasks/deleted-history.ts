import { z } from "zod";
import { column, selectRows, type Queryable } from "../../db/rows";
import type { DeletedTaskHistory } from "@/types/tasks";

const deletedHistorySchema = z.object({
  title: column.text,
  count: column.integer,
  firstDate: column.date,
  lastDate: column.date,
});

/** Completions whose task was deleted, grouped by the title they were recorded under. */
export function listDeletedTaskHistory(db: Queryable, limit = 50): Promise<DeletedTaskHistory[]> {
  return selectRows(
    db,
    deletedHistorySchema,
    `SELECT title_snapshot AS title, count(*)::integer AS count,
            min(date)::text AS "firstDate", max(date)::text AS "lastDate"
       FROM completions WHERE task_id IS NULL
      GROUP BY title_snapshot ORDER BY max(date) DESC, title_snapshot LIMIT $1::integer`,
    [limit],
  );
}
