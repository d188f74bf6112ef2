import type { ComponentPropsWithRef } from "react";
import type { TaskListItem } from "@/types/tasks";
import { FOCUS_KEY, focusKey } from "./task-order-buttons";
import styles from "./tasks.module.css";

type Props = Omit<ComponentPropsWithRef<"button">, "type" | "className" | "children"> & {
  task: TaskListItem;
};

/** The button a row is dragged by (pointer, touch or keyboard); dnd-kit adds its handlers. */
export function DragHandle({ task, ...props }: Props) {
  return (
    <button
      type="button"
      className={`${styles.iconButton} ${styles.dragHandle}`}
      aria-label={`Drag ${task.title} to reorder`}
      {...{ [FOCUS_KEY]: focusKey(task.id, "handle") }}
      {...props}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
