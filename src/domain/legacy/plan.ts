import { ownerDay, type IsoDate } from "@/domain/calendar";
import type { LegacyCompletion, LegacyTableName, LegacyTask, LegacyUser } from "./rows";

/** A row the import had to change to fit the new schema, by table and key (never its text). */
export interface ImportFix {
  table: LegacyTableName;
  key: string;
  fix: string;
}

export interface PlannedTask extends Omit<LegacyTask, "createdAt"> {
  createdAt: Date;
  archivedAt: Date | null;
}

export interface PlannedCompletion extends Omit<LegacyCompletion, "createdAt" | "titleSnapshot"> {
  titleSnapshot: string;
  createdAt: Date;
}

export interface PlannedOwner extends Omit<LegacyUser, "createdAt"> {
  createdAt: Date;
}

export interface CalendarForFixes {
  timeZone: string;
  dayStartHour: number;
  now: Date;
}

const MAX_TITLE = 200;
const UNTITLED = "Untitled task";
const DELETED_TASK = "Deleted task";

/** Completions per task id: the first day and the last instant, for the fixes below. */
function completionSpans(completions: readonly LegacyCompletion[]) {
  const spans = new Map<number, { firstDay: IsoDate; last: Date | null }>();
  for (const completion of completions) {
    if (completion.taskId === null) continue;
    const span = spans.get(completion.taskId);
    const last = completion.createdAt;
    if (!span) {
      spans.set(completion.taskId, { firstDay: completion.date, last });
      continue;
    }
    if (completion.date < span.firstDay) span.firstDay = completion.date;
    if (last && (!span.last || last > span.last)) span.last = last;
  }
  return spans;
}

function fittedTitle(title: string): string | null {
  if (title.trim() === "") return UNTITLED;
  const characters = Array.from(title);
  return characters.length > MAX_TITLE ? characters.slice(0, MAX_TITLE).join("") : null;
}

/**
 * Tasks as the new CHECKs allow them. A one-off task without a day is scheduled on the day of
 * its first completion, or else on the owner's day of its creation; a recurring task loses a
 * stray day. An archived task's `archivedAt` is its last completion (or its creation).
 */
export function planTasks(
  tasks: readonly LegacyTask[],
  completions: readonly LegacyCompletion[],
  calendar: CalendarForFixes,
  fixes: ImportFix[],
): PlannedTask[] {
  const spans = completionSpans(completions);
  return tasks.map((task) => {
    const fix = (text: string) => fixes.push({ table: "tasks", key: String(task.id), fix: text });
    const span = spans.get(task.id);
    const createdAt = task.createdAt ?? span?.last ?? calendar.now;
    if (!task.createdAt) fix("no creation time: used its last completion or the import time");
    let { scheduledDate, targetCount, title } = task;
    if (task.period === "once" && !scheduledDate) {
      scheduledDate = span?.firstDay ?? ownerDay(createdAt, calendar);
      fix(`one-off task without a day: scheduled on ${scheduledDate}`);
    }
    if (task.period !== "once" && scheduledDate) {
      scheduledDate = null;
      fix(`${task.period} task with a day: the day was dropped`);
    }
    if (targetCount < 1 || targetCount > 1000) {
      targetCount = Math.min(1000, Math.max(1, targetCount));
      fix(`target out of range: set to ${targetCount}`);
    }
    const fitted = fittedTitle(title);
    if (fitted !== null) {
      title = fitted;
      fix(`title empty or over ${MAX_TITLE} characters: replaced or shortened`);
    }
    const lastActivity = span?.last && span.last > createdAt ? span.last : createdAt;
    const archivedAt = task.active ? null : lastActivity;
    return { ...task, title, targetCount, scheduledDate, createdAt, archivedAt };
  });
}

/** Completions keep their ids; one whose task is gone becomes an orphan with its snapshot. */
export function planCompletions(
  completions: readonly LegacyCompletion[],
  tasks: readonly PlannedTask[],
  fixes: ImportFix[],
): { completions: PlannedCompletion[]; orphans: number } {
  const titles = new Map(tasks.map((task) => [task.id, task.title]));
  let orphans = 0;
  const planned = completions.map((completion): PlannedCompletion => {
    const fix = (text: string) =>
      fixes.push({ table: "completions", key: String(completion.id), fix: text });
    const taskTitle = completion.taskId === null ? undefined : titles.get(completion.taskId);
    const taskId = taskTitle === undefined ? null : completion.taskId;
    if (taskId === null) orphans += 1;
    let titleSnapshot = completion.titleSnapshot ?? "";
    if (titleSnapshot === "") {
      titleSnapshot = taskTitle ?? DELETED_TASK;
      fix("no title snapshot: used the task's title");
    }
    let createdAt = completion.createdAt;
    if (!createdAt) {
      createdAt = new Date(`${completion.date}T12:00:00Z`);
      fix("no creation time: used noon UTC of its day");
    }
    return { ...completion, taskId, titleSnapshot, createdAt };
  });
  return { completions: planned, orphans };
}

/** The owner: the lowest id; further users (the old app had one) are reported, not imported. */
export function planOwner(
  users: readonly LegacyUser[],
  now: Date,
  fixes: ImportFix[],
): PlannedOwner | null {
  const [owner, ...others] = [...users].sort((a, b) => a.id - b.id);
  for (const other of others) {
    fixes.push({ table: "users", key: String(other.id), fix: "a second user: not imported" });
  }
  if (!owner) return null;
  if (!owner.createdAt) {
    fixes.push({ table: "users", key: String(owner.id), fix: "no creation time: used now" });
  }
  return { ...owner, createdAt: owner.createdAt ?? now };
}
