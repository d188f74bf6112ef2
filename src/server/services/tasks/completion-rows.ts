import type { z } from "zod";
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

/** Rows per statement: about 300 KB, well under the Data API's 1 MiB per response. */
const PAGE = 2000;

export async function listAllCompletions(db: Queryable) {
  const all: Array<z.infer<typeof completionRowSchema>> = [];
  for (;;) {
    const page = await selectRows(
      db,
      completionRowSchema,
      `SELECT id::text AS id, task_id::text AS "taskId", title_snapshot AS "titleSnapshot",
              date::text AS date, ${utcInstant("created_at")} AS "createdAt"
         FROM completions WHERE completions.id > $1::bigint
        ORDER BY completions.id LIMIT ${PAGE}`,
      [all.at(-1)?.id ?? "0"],
    );
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}
