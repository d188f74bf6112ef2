import { isPeriod, ownerDay, type OwnerDayOptions } from "@/domain/calendar";
import type { Task } from "./types";

/** A `tasks` row as `TASK_COLUMNS` selects it: driver-neutral text and integers. */
export interface TaskSqlRow {
  id: string;
  title: string;
  unit: string | null;
  period: string;
  target_count: number;
  active: boolean;
  sort_order: number;
  scheduled_date: string | null;
  created_at: string;
  archived_at: string | null;
}

const utcInstant = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The select list every task query uses (instants as ISO text, ids and dates as text). */
export const TASK_COLUMNS = `id::text AS id, title, unit, period, target_count, active,
  sort_order, scheduled_date::text AS scheduled_date,
  ${utcInstant("created_at")} AS created_at, ${utcInstant("archived_at")} AS archived_at`;

export function toTask(row: TaskSqlRow, calendar: OwnerDayOptions): Task {
  if (!isPeriod(row.period)) throw new Error(`Unknown period in tasks.${row.id}: ${row.period}`);
  return {
    id: row.id,
    title: row.title,
    unit: row.unit,
    period: row.period,
    targetCount: Number(row.target_count),
    active: row.active,
    sortOrder: Number(row.sort_order),
    scheduledDate: row.scheduled_date,
    createdOn: ownerDay(new Date(row.created_at), calendar),
    archivedOn: row.archived_at === null ? null : ownerDay(new Date(row.archived_at), calendar),
  };
}
