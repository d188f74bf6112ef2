import type { RefObject } from "react";
import type { IsoDate } from "@/domain/calendar";
import type { MoveDirection } from "@/schemas/tasks";
import type { TaskListItem } from "@/types/tasks";
import { TaskLink } from "./task-link";
import { TaskOrderButtons } from "./task-order-buttons";

export interface TaskRowProps {
  task: TaskListItem;
  today: IsoDate;
  locale: string;
  first: boolean;
  last: boolean;
  onMove(direction: MoveDirection): void;
}

/** What both forms of the active list (with and without dnd-kit) show. */
export interface TaskRowsProps {
  rows: readonly TaskListItem[];
  today: IsoDate;
  locale: string;
  listRef: RefObject<HTMLOListElement | null>;
  onMove(taskId: string, direction: MoveDirection): void;
}

export function rowPropsAt(list: TaskRowsProps, index: number, task: TaskListItem): TaskRowProps {
  return {
    task,
    today: list.today,
    locale: list.locale,
    first: index === 0,
    last: index === list.rows.length - 1,
    onMove: (direction) => list.onMove(task.id, direction),
  };
}

/** An active task's row after its drag handle: the task, then its move buttons. */
export function TaskRowBody({ task, today, locale, first, last, onMove }: TaskRowProps) {
  return (
    <>
      <TaskLink task={task} today={today} locale={locale} />
      <TaskOrderButtons
        taskId={task.id}
        title={task.title}
        first={first}
        last={last}
        onMove={onMove}
      />
    </>
  );
}
