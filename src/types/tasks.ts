import type {
  CompletionRate,
  HeatmapCell,
  IsoDate,
  Period,
  RateWindow,
  RecurringPeriod,
  Streaks,
  TaskDayState,
  WeekStartsOn,
  WeeklyRate,
} from "@/domain/calendar";

/** What a task is, as stored and as shown alike. */
export interface TaskFields {
  id: string;
  title: string;
  /** What one completion counts ("glasses"), 1-40 characters. */
  unit: string | null;
  period: Period;
  targetCount: number;
  active: boolean;
  sortOrder: number;
  /** Set exactly when period is "once". */
  scheduledDate: IsoDate | null;
}

/** A task as the app shows it. `createdOn` is the owner's day of its creation. */
export interface Task extends TaskFields {
  createdOn: IsoDate;
  /** The owner's day it was archived; null while active. */
  archivedOn: IsoDate | null;
  /** Moves with every edit, archive or restore (not a reorder): the edit form saves over it. */
  version: number;
}

/** A task's progress on one day, as stored at the end of that day. */
export interface TaskProgress {
  taskId: string;
  day: IsoDate;
  /** null: the task is not listed on that day (e.g. a one-off task finished earlier). */
  state: TaskDayState | null;
  /** Completions in the period (for `once`: ever) up to and including `day`. */
  count: number;
  target: number;
  /** Completions recorded on `day` itself: what "undo" can remove. */
  dayCount: number;
}

/** A task on the Tasks list. */
export interface TaskListItem extends Task {
  /** A one-off task whose target is reached (recurring tasks: always false). */
  finished: boolean;
}

export interface DayListItem extends TaskProgress {
  title: string;
  unit: string | null;
  period: Period;
  state: TaskDayState;
  scheduledDate: IsoDate | null;
}

export interface DayList {
  /** The owner's current day. */
  today: IsoDate;
  /** The day shown. */
  day: IsoDate;
  items: DayListItem[];
  /** One-off tasks due in the next days and not done yet (state `open`, their date set). */
  upcoming: DayListItem[];
}

/** What a tap on "+1" or "undo" returns: the stored progress and whether a row changed. */
export interface CompletionResult extends TaskProgress {
  changed: boolean;
}

export interface DeletedTaskHistory {
  title: string;
  count: number;
  firstDate: IsoDate;
  lastDate: IsoDate;
}

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
  /** The task's first day: its creation day, or an earlier completion's (back-filled). */
  firstDay: IsoDate;
  total: number;
  /** The titles its completions were recorded under, most recent first. */
  titles: TitleUsage[];
}

export interface TaskStreak {
  taskId: string;
  title: string;
  period: RecurringPeriod;
  current: number;
  best: number;
}

export interface TaskInsights {
  /** The last `weeks` calendar weeks, oldest first, over all recurring tasks (archived too). */
  weekly: WeeklyRate[];
  /** Current and best streak of every active recurring task, in the owner's order. */
  streaks: TaskStreak[];
}
