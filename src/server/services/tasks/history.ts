import type { DataSource } from "typeorm";
import {
  RATE_WINDOWS,
  completionRate,
  computeStreaks,
  heatmap,
  shiftPeriod,
  type CompletionRate,
  type HeatmapCell,
  type IsoDate,
  type RateWindow,
  type Streaks,
  type WeekStartsOn,
} from "@/domain/calendar";
import { UserError } from "../../http/user-error";
import { selectRows } from "./db";
import { completionDatesOf, evaluationDay, habitInput } from "./habit-input";
import { loadOwnerCalendar } from "./owner-calendar";
import { toTask } from "./task-rows";
import { TASK_NOT_FOUND, findTaskRow } from "./task-store";
import type { Task } from "./types";

export interface TitleUsage {
  title: string;
  count: number;
  lastDate: IsoDate;
}

export interface TaskHistory {
  task: Task;
  today: IsoDate;
  /** The day streaks and rates are evaluated at: today, or the archive day. */
  asOf: IsoDate;
  weekStartsOn: WeekStartsOn;
  /** null for one-off tasks, which have no streak or rate. */
  streaks: Streaks | null;
  rates: Record<RateWindow, CompletionRate> | null;
  /** The last twelve calendar months up to today, zero-filled. */
  heatmap: HeatmapCell[];
  total: number;
  /** The titles its completions were recorded under, most recent first. */
  titles: TitleUsage[];
}

interface DateTitleCount {
  date: IsoDate;
  title: string;
  count: number;
}

function titleUsage(rows: readonly DateTitleCount[]): TitleUsage[] {
  const byTitle = new Map<string, TitleUsage>();
  for (const row of rows) {
    const usage = byTitle.get(row.title) ?? { title: row.title, count: 0, lastDate: row.date };
    usage.count += row.count;
    if (row.date > usage.lastDate) usage.lastDate = row.date;
    byTitle.set(row.title, usage);
  }
  return [...byTitle.values()].sort((a, b) => b.lastDate.localeCompare(a.lastDate));
}

/** A task's history: streaks, completion rates, a year's heatmap. Three queries. */
export async function loadTaskHistory(
  db: DataSource,
  taskId: string,
  now = new Date(),
): Promise<TaskHistory> {
  const calendar = await loadOwnerCalendar(db, now);
  const row = await findTaskRow(db, taskId);
  if (!row) throw new UserError(TASK_NOT_FOUND, 404);
  const task = toTask(row, calendar);
  const rows = await selectRows<DateTitleCount>(
    db,
    `SELECT date::text AS date, title_snapshot AS title, count(*)::integer AS count
       FROM completions WHERE task_id = $1::bigint GROUP BY date, title_snapshot`,
    [task.id],
  );
  const { today, weekStartsOn } = calendar;
  const asOf = evaluationDay(task, today);
  const completionDates = completionDatesOf(rows);
  const heatmapFrom = shiftPeriod("monthly", today, -11, weekStartsOn).start;
  let streaks: Streaks | null = null;
  let rates: Record<RateWindow, CompletionRate> | null = null;
  const habit = habitInput(task, calendar, completionDates);
  if (habit) {
    streaks = computeStreaks(habit);
    const entries = RATE_WINDOWS.map((window) => [window, completionRate({ ...habit, window })]);
    rates = Object.fromEntries(entries) as Record<RateWindow, CompletionRate>;
  }
  return {
    task,
    today,
    asOf,
    weekStartsOn,
    streaks,
    rates,
    heatmap: heatmap(completionDates, heatmapFrom, today),
    total: completionDates.length,
    titles: titleUsage(rows),
  };
}
