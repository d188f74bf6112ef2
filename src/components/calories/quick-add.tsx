"use client";

import { useState, useTransition, type FormEvent } from "react";
import { quickAddCaloriesAction } from "@/app/(app)/calories/actions";
import { CALORIE_QUICK_ADDS } from "@/schemas/calories";
import styles from "./calories.module.css";
import { formatKcal } from "./format";

type Feedback = { ok: boolean; text: string } | null;

/** "+N" buttons and a custom amount; every tap counts, even several at once. */
export function QuickAdd({ date }: { date: string }) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [, startTransition] = useTransition();

  function add(kcal: string | number) {
    startTransition(async () => {
      const result = await quickAddCaloriesAction({ date, kcal });
      setFeedback(
        result.ok
          ? {
              ok: true,
              text: `Added ${formatKcal(Number(kcal))}. Total ${formatKcal(result.data)}.`,
            }
          : { ok: false, text: result.message },
      );
    });
  }

  function addCustom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    add(String(new FormData(form).get("kcal") ?? ""));
    form.reset();
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
      <p className={`form-message ${feedback?.ok ? "ok" : "error"}`} role="status">
        {feedback?.text}
      </p>
    </div>
  );
}
