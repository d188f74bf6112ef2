"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./tasks.module.css";
import { useActionRunner, type TaskRefAction } from "./use-action-runner";

interface Props {
  taskId: string;
  title: string;
  active: boolean;
  archive: TaskRefAction<{ title: string }>;
  restore: TaskRefAction<{ title: string }>;
  remove: TaskRefAction<{ title: string }>;
}

/** Archive (keeps everything) or delete (asks first); restore for archived tasks. */
export function TaskLifecycleButtons({ taskId, title, active, archive, restore, remove }: Props) {
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const [confirming, setConfirming] = useState(false);
  const input = { taskId };
  const errorLine = error && (
    <p className="form-message error" role="alert">
      {error}
    </p>
  );

  if (confirming) {
    return (
      <div className={`stack ${styles.confirm}`} role="group" aria-labelledby="confirm-delete">
        <p id="confirm-delete">
          <strong>Delete “{title}” for good?</strong> Its completions stay in your history under the
          titles they were recorded with, but its streaks and rates are gone. Archiving keeps them.
        </p>
        <div className="row">
          <button
            type="button"
            className="danger"
            disabled={pending}
            onClick={() =>
              run(
                () => remove(input),
                () => router.replace("/tasks"),
              )
            }
          >
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            Cancel
          </button>
        </div>
        {errorLine}
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="row">
        {active ? (
          <button type="button" disabled={pending} onClick={() => run(() => archive(input))}>
            Archive (keep history)
          </button>
        ) : (
          <button type="button" disabled={pending} onClick={() => run(() => restore(input))}>
            Restore
          </button>
        )}
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete…
        </button>
      </div>
      {errorLine}
    </div>
  );
}
