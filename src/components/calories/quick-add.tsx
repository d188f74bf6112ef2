"use client";

import { useState, useTransition, type FormEvent } from "react";
import { settleAction } from "@/components/forms/settle";
import { CALORIE_QUICK_ADDS } from "@/domain/calories/limits";
import type { ObjectAction } from "@/schemas/form-state";
import type { DayTotalChange } from "@/types/calories";
import styles from "./calories.module.css";
import { formatKcal } from "./format";
import { UndoMessage, type RestoreCaloriesAction, type UndoableChange } from "./undo-message";

type Feedback = { ok: true; change: UndoableChange } | { ok: false; text: string } | null;

export type QuickAddAction = ObjectAction<{ day: string; kcal: string | number }, DayTotalChange>;
export interface QuickAddActions {
  add: QuickAddAction;
  restore: RestoreCaloriesAction;
}

/** "+N" buttons and a custom amount; every tap counts, even several at once; the last undoes. */
export function QuickAdd(props: { day: string; locale: string; actions: QuickAddActions }) {
  const { day, locale, actions } = props;
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [, startTransition] = useTransition();

  function add(kcal: string | number, onAdded?: () => void) {
    startTransition(async () => {
      const result = await settleAction(() => actions.add({ day, kcal }));
      startTransition(() => {
        if (!result.ok) return setFeedback({ ok: false, text: result.message });
        onAdded?.();
        const { total, previous } = result.data;
        const text = `Added ${formatKcal(Number(kcal), locale)}. Total ${formatKcal(total, locale)}.`;
        setFeedback({ ok: true, change: { text, day, expected: total, restore: previous } });
      });
    });
  }

  function addCustom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // The amount stays in the field until it is stored, so a failed add can be sent again.
    add(String(new FormData(form).get("kcal") ?? ""), () => form.reset());
  }

  return (
    <div className="stack">
      <div className={styles.quickAdds} role="group" aria-label="Quick add">
        {CALORIE_QUICK_ADDS.map((kcal) => (
          <button type="button" key={kcal} onClick={() => add(kcal)}>
            +{kcal}
          </button>
        ))}
      </div>
      <form className={styles.customAdd} onSubmit={addCustom}>
        <input
          name="kcal"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          placeholder="Other amount (kcal)"
          aria-label="Calories to add"
          required
        />
        <button type="submit" className="primary">
          Add
        </button>
      </form>
      {feedback?.ok ? (
        <UndoMessage change={feedback.change} locale={locale} restore={actions.restore} />
      ) : (
        <p className="form-message error" role="status">
          {feedback?.text}
        </p>
      )}
    </div>
  );
}
