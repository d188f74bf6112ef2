import { z } from "zod";
import {
  RATE_WINDOWS,
  completionRateOf,
  heatmap,
  minIsoDate,
  periodResults,
  shiftPeriod,
  streaksOf,
  type CompletionRate,
  type RateWindow,
} from "@/domain/calendar";
import type { TaskHistory, TitleUsage } from "@/types/tasks";
import { column, selectRows, type Db } from "../../db/rows";
import { loadOwnerCalendar } from "../../settings/owner-calendar";
import { completionDatesOf } from "./completion-counts";
import { evaluationDay, habitInput } from "./habit-input";
import { requireTask } from "./task-rows";

const dateTitleCountSchema = z.object({
  date: column.date,
  title: column.text,
  count: column.integer,
});
type DateTitleCount = z.infer<typeof dateTitleCountSchema>;

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
export async function loadTaskHistory(db: Db, taskId: string, now: Date): Promise<TaskHistory> {
  const calendar = await loadOwnerCalendar(db, now);
  const task = await requireTask(db, calendar, taskId);
  const rows = await selectRows(
    db,
    dateTitleCountSchema,
    `SELECT date::text AS date, title_snapshot AS title, count(*)::integer AS count
       FROM completions WHERE task_id = $1::bigint GROUP BY date, title_snapshot`,
    [task.id],
  );
  const { today, weekStartsOn } = calendar;
  const completionDates = completionDatesOf(rows);
  const heatmapFrom = shiftPeriod("monthly", today, -11, weekStartsOn).start;
  const habit = habitInput(task, calendar, completionDates);
  const results = habit ? periodResults(habit) : null;
  const rates =
    habit && results
      ? (Object.fromEntries(
          RATE_WINDOWS.map((window) => [window, completionRateOf(results, habit.period, window)]),
        ) as Record<RateWindow, CompletionRate>)
      : null;
  return {
    task,
    today,
    asOf: evaluationDay(task, today),
    weekStartsOn,
    streaks: results ? streaksOf(results) : null,
    rates,
    heatmap: heatmap(completionDates, heatmapFrom, today),
    firstDay: completionDates.reduce(minIsoDate, task.createdOn),
    total: completionDates.length,
    titles: titleUsage(rows),
  };
}
