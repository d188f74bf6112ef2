"use client";

import styles from "./tasks.module.css";
import { useActionRunner, type TaskRefAction } from "./use-action-runner";

export function RestoreButton(props: {
  taskId: string;
  title: string;
  restore: TaskRefAction<{ title: string }>;
}) {
  const { pending, error, run } = useActionRunner();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => props.restore({ taskId: props.taskId }))}
      >
        Restore<span className="sr-only"> {props.title}</span>
      </button>
      {error && (
        <span className={`field-error ${styles.rowError}`} role="alert">
          {error}
        </span>
      )}
    </>
  );
}
