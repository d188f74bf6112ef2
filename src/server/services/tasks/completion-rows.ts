import type { CompletionRow } from "../../db/entities";
import { column, entityRowSchema, selectRows, utcInstant, type Queryable } from "../../db/rows";

/** The `completions` table read whole (export and backups), oldest id first. */
const completionRowSchema = entityRowSchema<CompletionRow>()({
  id: column.id,
  taskId: column.id.nullable(),
  titleSnapshot: column.text,
  date: column.date,
  createdAt: column.instant,
});

export function listAllCompletions(db: Queryable) {
  return selectRows(
    db,
    completionRowSchema,
    `SELECT id::text AS id, task_id::text AS "taskId", title_snapshot AS "titleSnapshot",
            date::text AS date, ${utcInstant("created_at")} AS "createdAt"
       FROM completions ORDER BY completions.id`,
  );
}
