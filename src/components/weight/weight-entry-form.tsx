"use client";

import { useRef, useState, useTransition } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { settleAction } from "@/components/forms/settle";
import { useFormAction } from "@/components/forms/use-form-action";
import type { WeightUnit } from "@/domain/weight";
import type { FormAction, ObjectAction } from "@/schemas/form-state";
import styles from "./weight.module.css";

/** Enter or correct the weigh-in of a day, in the owner's unit. */
export function WeightEntryForm(props: {
  day: string;
  today: string;
  unit: WeightUnit;
  shown: number | null;
  actions: { save: FormAction; remove: ObjectAction<{ day: string }, boolean> };
}) {
  const { day, today, unit, shown, actions } = props;
  const { state, formAction, onSubmit, pending } = useFormAction(actions.save);
  const [deleteMessage, setDeleteMessage] = useState<string | null>(null);
  const [deleting, startDeleting] = useTransition();

  const formRef = useRef<HTMLFormElement>(null);

  function remove() {
    // The day as it is in the form now, in case it was changed after the page loaded.
    const formDay = String(new FormData(formRef.current ?? undefined).get("day") ?? day);
    startDeleting(async () => {
      const result = await settleAction(() => actions.remove({ day: formDay }));
      if (!result.ok) setDeleteMessage(result.message);
      else
        setDeleteMessage(result.data ? "Weigh-in deleted." : "There was no weigh-in on that day.");
    });
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="stack">
      <div className={styles.entry}>
        <label>
          Day
          <input key={day} type="date" name="day" max={today} defaultValue={day} required />
          <FieldError state={state} name="day" />
        </label>
        <label>
          Weight
          <span className={styles.unitInput}>
            <input
              key={`${day}:${shown ?? ""}`}
              name="weight"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={shown === null ? "" : shown.toFixed(1)}
              placeholder={unit === "kg" ? "e.g. 81.4" : "e.g. 179.5"}
              aria-describedby="weight-error"
              required
            />
            <span aria-label={unit === "kg" ? "kilograms" : "pounds"}>{unit}</span>
          </span>
          <FieldError state={state} name="weight" />
        </label>
      </div>
      <FormMessage state={state} />
      <div className="row">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : "Save weigh-in"}
        </button>
        {shown !== null && (
          <button type="button" className="danger" onClick={remove} disabled={deleting}>
            Delete
          </button>
        )}
      </div>
      {deleteMessage && (
        <p className="form-message" role="status">
          {deleteMessage}
        </p>
      )}
    </form>
  );
}
