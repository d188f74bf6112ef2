"use client";

import type { MoveDirection } from "@/schemas/tasks";
import type { ActionResult } from "@/schemas/form-state";
import styles from "./tasks.module.css";
import { useActionRunner } from "./use-action-runner";

type MoveAction = (input: {
  taskId: string;
  direction: MoveDirection;
}) => Promise<ActionResult<boolean>>;

interface Props {
  taskId: string;
  title: string;
  first: boolean;
  last: boolean;
  move: MoveAction;
}

/** Move up / down: accessible, keyboard-friendly reordering (the server renumbers the list). */
export function TaskOrderButtons({ taskId, title, first, last, move }: Props) {
  const { pending, error, run } = useActionRunner();
  const button = (direction: MoveDirection, disabled: boolean) => (
    <button
      type="button"
      className={styles.iconButton}
      disabled={disabled || pending}
      onClick={() => run(() => move({ taskId, direction }))}
    >
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
      <span className="sr-only">
        Move {title} {direction}
      </span>
    </button>
  );
  return (
    <>
      <span className={styles.orderButtons}>
        {button("up", first)}
        {button("down", last)}
      </span>
      {error && (
        <span className={`field-error ${styles.rowError}`} role="alert">
          {error}
        </span>
      )}
    </>
  );
}
