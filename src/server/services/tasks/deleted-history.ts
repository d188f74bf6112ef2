import type { DataSource } from "typeorm";
import type { IsoDate } from "@/domain/calendar";
import { selectRows } from "./db";

export interface DeletedTaskHistory {
  title: string;
  count: number;
  firstDate: IsoDate;
  lastDate: IsoDate;
}

/** Completions whose task was deleted, grouped by the title they were recorded under. */
export function listDeletedTaskHistory(db: DataSource, limit = 50): Promise<DeletedTaskHistory[]> {
  return selectRows<DeletedTaskHistory>(
    db,
    `SELECT title_snapshot AS title, count(*)::integer AS count,
            min(date)::text AS "firstDate", max(date)::text AS "lastDate"
       FROM completions WHERE task_id IS NULL
      GROUP BY title_snapshot ORDER BY max(date) DESC, title_snapshot LIMIT $1::integer`,
    [limit],
  );
}
