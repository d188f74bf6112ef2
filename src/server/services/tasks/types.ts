import type { IsoDate, Period, TaskDayState } from "@/domain/calendar";

/** A task as the app shows it. `createdOn` is the owner's day of its creation. */
export interface Task {
  id: string;
  title: string;
  unit: string | null;
  period: Period;
  targetCount: number;
  active: boolean;
  sortOrder: number;
  scheduledDate: IsoDate | null;
  createdOn: IsoDate;
  /** The owner's day it was archived; null while active. */
  archivedOn: IsoDate | null;
}

/** Completions of one task on one day (several taps on a day are several completions). */
export interface DayCount {
  taskId: string;
  date: IsoDate;
  count: number;
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
}

/** What a tap on "+1" or "undo" returns: the stored progress and whether a row changed. */
export interface CompletionResult extends TaskProgress {
  changed: boolean;
}
