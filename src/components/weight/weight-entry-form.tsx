"use client";

import { useState, useTransition } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { settleAction } from "@/components/forms/settle";
import { useFormAction } from "@/components/forms/use-form-action";
import type { WeightUnit } from "@/domain/weight";
import type { FormAction, ObjectAction } from "@/schemas/form-state";
import { useWeighInDay, type LoadWeighIn } from "./use-weigh-in-day";
import styles from "./weight.module.css";

export interface WeightEntryActions {
  save: FormAction;
  remove: ObjectAction<{ day: string; baseVersion: number }, boolean>;
  load: LoadWeighIn;
}

/**
 * Enter or correct the weigh-in of a day, in the owner's unit. With `fixedDay` the day is the
 * page's (Today) and only the weight is asked for.
 */
export function WeightEntryForm(props: {
  day: string;
  today: string;
  unit: WeightUnit;
  shown: number | null;
  /** The day's version as loaded (0: no weigh-in). */
  version: number;
  actions: WeightEntryActions;
  fixedDay?: boolean;
}) {
  const { today, unit, actions, fixedDay = false } = props;
  const entry = useWeighInDay(
    { day: props.day, shown: props.shown, version: props.version },
    actions.load,
  );
  const { state, formAction, onSubmit, pending } = useFormAction(actions.save, () => {
    setDeleteMessage(null);
    void entry.refresh();
  });
  const [deleteMessage, setDeleteMessage] = useState<string | null>(null);
  const [deleting, startDeleting] = useTransition();

  function remove() {
    const { day, version } = entry;
    startDeleting(async () => {
      const result = await settleAction(() => actions.remove({ day, baseVersion: version }));
      if (!result.ok) setDeleteMessage(result.message);
      else
        setDeleteMessage(result.data ? "Weigh-in deleted." : "There was no weigh-in on that day.");
      await entry.refresh();
      if (result.ok) entry.setText("");
    });
  }

  const dayField = fixedDay ? (
    <input type="hidden" name="day" value={entry.day} />
  ) : (
    <label>
      Day
      <input
        type="date"
        name="day"
        max={today}
        value={entry.day}
        onChange={(event) => entry.changeDay(event.target.value)}
        required
      />
      <FieldError state={state} name="day" />
    </label>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <input type="hidden" name="baseVersion" value={entry.version} />
      <div className={fixedDay ? undefined : styles.entry}>
        {dayField}
        <label>
          Weight
          <span className={styles.unitInput}>
            <input
              name="weight"
              inputMode="decimal"
              autoComplete="off"
              value={entry.text}
              onChange={(event) => entry.setText(event.target.value)}
              placeholder={unit === "kg" ? "e.g. 81.4" : "e.g. 179.5"}
              aria-describedby="weight-error"
              required
            />
            <span aria-label={unit === "kg" ? "kilograms" : "pounds"}>{unit}</span>
          </span>
          <FieldError state={state} name="weight" />
        </label>
      </div>
      {entry.loadError && (
        <p className="form-message error" role="alert">
          {entry.loadError}
        </p>
      )}
      <FormMessage state={state} />
      <div className="row">
        <button type="submit" className="primary" disabled={pending || entry.loading}>
          {pending ? "Saving…" : entry.loading ? "Loading…" : "Save weigh-in"}
        </button>
        {entry.stored !== null && (
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
