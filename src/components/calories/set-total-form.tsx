"use client";

import { useState, useTransition } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { settleAction } from "@/components/forms/settle";
import { useBaseVersion } from "@/components/forms/use-base-version";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction, ObjectAction } from "@/schemas/form-state";
import styles from "./calories.module.css";
import { formatKcal } from "./format";
import { UndoMessage, type RestoreCaloriesAction, type UndoableChange } from "./undo-message";

export interface SetTotalActions {
  save: FormAction;
  clear: ObjectAction<{ day: string; baseVersion: number }, number | null>;
  restore: RestoreCaloriesAction;
}

type Cleared = { change: UndoableChange } | { ok: boolean; text: string } | null;

/** Sets the day's total (for corrections and past days) or clears the day. */
export function SetTotalForm(props: {
  day: string;
  kcal: number | null;
  version: number;
  locale: string;
  actions: SetTotalActions;
}) {
  const { day, kcal, locale, actions } = props;
  const { state, formAction, onSubmit, pending } = useFormAction(actions.save);
  const baseVersion = useBaseVersion(props.version, state);
  const [cleared, setCleared] = useState<Cleared>(null);
  const [clearing, startClearing] = useTransition();

  function clear() {
    startClearing(async () => {
      const result = await settleAction(() => actions.clear({ day, baseVersion }));
      if (!result.ok) return setCleared({ ok: false, text: result.message });
      const removed = result.data;
      if (removed === null) return setCleared({ ok: true, text: "There was nothing to clear." });
      const text = `Cleared ${formatKcal(removed, locale)}.`;
      setCleared({ change: { text, day, expected: null, restore: removed } });
    });
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <input type="hidden" name="day" value={day} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <label>
        Total for the day (kcal)
        <span className={styles.customAdd}>
          <input
            key={`${day}:${kcal ?? ""}`}
            name="kcal"
            type="number"
            inputMode="numeric"
            min={0}
            max={20000}
            step={1}
            defaultValue={kcal ?? ""}
            aria-describedby="kcal-error"
            required
          />
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save total"}
          </button>
        </span>
        <FieldError state={state} name="kcal" />
      </label>
      <FormMessage state={state} />
      {kcal !== null && (
        <div>
          <button type="button" className="danger" onClick={clear} disabled={clearing}>
            Clear this day
          </button>
        </div>
      )}
      {cleared && "change" in cleared && (
        <UndoMessage change={cleared.change} locale={locale} restore={actions.restore} />
      )}
      {cleared && "text" in cleared && (
        <p className={`form-message ${cleared.ok ? "ok" : "error"}`} role="status">
          {cleared.text}
        </p>
      )}
    </form>
  );
}
