"use client";

import type { MoveDirection } from "@/schemas/tasks";
import styles from "./tasks.module.css";

interface Props {
  taskId: string;
  title: string;
  first: boolean;
  last: boolean;
  onMove(direction: MoveDirection): void;
}

/** The attribute the list uses to give focus back to a control after its row moved. */
export const FOCUS_KEY = "data-focus-key";

export function focusKey(taskId: string, control: MoveDirection | "handle"): string {
  return `${taskId}:${control}`;
}

/**
 * Move up / down, the keyboard path to reorder. At an end the button is only aria-disabled, so
 * a button that keeps focus after its row moved there is not blurred by becoming disabled.
 */
export function TaskOrderButtons({ taskId, title, first, last, onMove }: Props) {
  const button = (direction: MoveDirection, atEnd: boolean) => (
    <button
      type="button"
      className={styles.iconButton}
      aria-disabled={atEnd}
      {...{ [FOCUS_KEY]: focusKey(taskId, direction) }}
      onClick={() => {
        if (!atEnd) onMove(direction);
      }}
    >
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
      <span className="sr-only">
        Move {title} {direction}
      </span>
    </button>
  );
  return (
    <span className={styles.orderButtons}>
      {button("up", first)}
      {button("down", last)}
    </span>
  );
}
