import { repeatText } from "@/domain/tasks";
import type { TaskUpdateInput } from "@/schemas/tasks";
import type { Task } from "@/types/tasks";
import { StaleEditError } from "../../http/stale-edit";

/** What a task asks for, in a few words: "“Read”, 3 chapters a week". */
function describeTask(task: Task): string {
  const due = task.period === "once" && task.scheduledDate ? `, due ${task.scheduledDate}` : "";
  return `“${task.title}”, ${repeatText(task)}${due}${task.active ? "" : " (archived)"}`;
}

/** True when the task already holds what the form saves: a retried save, not a conflict. */
export function holdsEdit(task: Task, edit: TaskUpdateInput): boolean {
  return (
    task.title === edit.title &&
    task.unit === (edit.unit ?? null) &&
    task.period === edit.period &&
    task.targetCount === edit.targetCount &&
    task.scheduledDate === (edit.scheduledDate ?? null)
  );
}

/** An edit made from an older copy of the task: what it is now, and its version. */
export function staleTask(current: Task): StaleEditError {
  return new StaleEditError(
    `This task was changed in another tab or device after this form was opened: it is now ` +
      `${describeTask(current)}. Save again to replace it with your changes.`,
    current.version,
  );
}
