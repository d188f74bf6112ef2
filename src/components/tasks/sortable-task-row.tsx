"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { IsoDate } from "@/domain/calendar";
import type { MoveDirection } from "@/schemas/tasks";
import type { TaskListItem } from "@/types/tasks";
import { TaskLink } from "./task-link";
import { FOCUS_KEY, TaskOrderButtons, focusKey } from "./task-order-buttons";
import styles from "./tasks.module.css";

interface Props {
  task: TaskListItem;
  today: IsoDate;
  locale: string;
  first: boolean;
  last: boolean;
  onMove(direction: MoveDirection): void;
}

/** One active task: a drag handle (pointer, touch or keyboard), its title, and move buttons. */
export function SortableTaskRow({ task, today, locale, first, last, onMove }: Props) {
  const sortable = useSortable({ id: task.id });
  const style = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`${styles.taskRow} ${sortable.isDragging ? styles.dragging : ""}`}
    >
      <button
        type="button"
        ref={sortable.setActivatorNodeRef}
        className={`${styles.iconButton} ${styles.dragHandle}`}
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={`Drag ${task.title} to reorder`}
        {...{ [FOCUS_KEY]: focusKey(task.id, "handle") }}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <TaskLink task={task} today={today} locale={locale} />
      <TaskOrderButtons
        taskId={task.id}
        title={task.title}
        first={first}
        last={last}
        onMove={onMove}
      />
    </li>
  );
}
