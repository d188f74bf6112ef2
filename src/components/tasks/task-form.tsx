"use client";

import { useEffect, useRef, useState } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { useBaseVersion } from "@/components/forms/use-base-version";
import { useFormAction } from "@/components/forms/use-form-action";
import type { Period } from "@/domain/calendar";
import { TARGET_MAX, TITLE_MAX_LENGTH, UNIT_MAX_LENGTH } from "@/domain/tasks";
import type { FormAction } from "@/schemas/form-state";
import { PERIOD_LABELS, type TaskFormValues } from "./task-form-values";
import styles from "./tasks.module.css";

/** Create or edit a task. Submitting through onSubmit keeps the typed values on errors. */
export function TaskForm(props: {
  action: FormAction;
  initial: TaskFormValues;
  submitLabel: string;
  defaultDate: string;
}) {
  const { action, initial, submitLabel, defaultDate } = props;
  const { state, formAction, onSubmit, pending } = useFormAction(action);
  const baseVersion = useBaseVersion(initial.version ?? 0, state);
  const [period, setPeriod] = useState<Period>(initial.period);
  const formRef = useRef<HTMLFormElement>(null);
  const creating = initial.taskId === undefined;

  useEffect(() => {
    if (state.ok && creating) {
      formRef.current?.reset();
      setPeriod(initial.period);
    }
  }, [state, creating, initial.period]);

  const describedBy = (name: string) =>
    state.fieldErrors?.[name]?.length ? `${name}-error` : undefined;
  return (
    <form ref={formRef} action={formAction} className={`stack ${styles.form}`} onSubmit={onSubmit}>
      {initial.taskId && (
        <>
          <input type="hidden" name="taskId" value={initial.taskId} />
          <input type="hidden" name="baseVersion" value={baseVersion} />
        </>
      )}
      <label>
        Title
        <input
          name="title"
          defaultValue={initial.title}
          required
          maxLength={TITLE_MAX_LENGTH}
          aria-describedby={describedBy("title")}
        />
        <FieldError state={state} name="title" />
      </label>
      <div className={styles.fieldRow}>
        <label>
          How often
          <select
            name="period"
            value={period}
            onChange={(event) => setPeriod(event.target.value as Period)}
          >
            {Object.entries(PERIOD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="period" />
        </label>
        <label>
          {period === "once" ? "Times in total" : "Times per period"}
          <input
            name="targetCount"
            type="number"
            inputMode="numeric"
            min={1}
            max={TARGET_MAX}
            defaultValue={initial.targetCount}
            required
            aria-describedby={describedBy("targetCount")}
          />
          <FieldError state={state} name="targetCount" />
        </label>
      </div>
      <div className={styles.fieldRow}>
        <label>
          Unit (optional)
          <input
            name="unit"
            defaultValue={initial.unit ?? ""}
            maxLength={UNIT_MAX_LENGTH}
            placeholder="e.g. glasses"
            aria-describedby={describedBy("unit")}
          />
          <FieldError state={state} name="unit" />
        </label>
        {period === "once" && (
          <label>
            Due on
            <input
              name="scheduledDate"
              type="date"
              defaultValue={initial.scheduledDate ?? defaultDate}
              required
              aria-describedby={describedBy("scheduledDate")}
            />
            <FieldError state={state} name="scheduledDate" />
          </label>
        )}
      </div>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
