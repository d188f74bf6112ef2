"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { DragHandle } from "./drag-handle";
import { TaskRowBody, type TaskRowProps } from "./task-row-body";
import styles from "./tasks.module.css";

/** One active task: a drag handle (pointer, touch or keyboard), its title, and move buttons. */
export function SortableTaskRow(props: TaskRowProps) {
  const sortable = useSortable({ id: props.task.id });
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
      <DragHandle
        task={props.task}
        ref={sortable.setActivatorNodeRef}
        {...sortable.attributes}
        {...sortable.listeners}
      />
      <TaskRowBody {...props} />
    </li>
  );
}
