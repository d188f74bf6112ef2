"use client";

import { useState } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { useBaseVersion } from "@/components/forms/use-base-version";
import { useFormAction } from "@/components/forms/use-form-action";
import { parseDecimalText } from "@/domain/text";
import { displayToKg, kgToDisplay, type WeightUnit } from "@/domain/weight";
import type { FormAction } from "@/schemas/form-state";

/** Converts the typed goal when the unit changes, so "80 kg" becomes "176.4 lb", not "80 lb". */
function convertGoal(text: string, from: WeightUnit, to: WeightUnit): string {
  const value = parseDecimalText(text);
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return text;
  return kgToDisplay(displayToKg(value, from), to).toFixed(1);
}

export function HealthSettingsForm(props: {
  action: FormAction;
  /** The group's version as loaded (0: none stored). */
  version: number;
  calorieGoal: number;
  weightUnit: WeightUnit;
  goalWeight: number | null;
}) {
  const { state, formAction, onSubmit, pending } = useFormAction(props.action);
  const baseVersion = useBaseVersion(props.version, state);
  const [unit, setUnit] = useState<WeightUnit>(props.weightUnit);
  const [goal, setGoal] = useState(props.goalWeight === null ? "" : props.goalWeight.toFixed(1));

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <label>
        Daily calorie goal (kcal)
        <input
          name="calorieGoal"
          type="number"
          inputMode="numeric"
          min={500}
          max={20000}
          defaultValue={props.calorieGoal}
          required
        />
        <FieldError state={state} name="calorieGoal" />
      </label>
      <label>
        Weight unit
        <select
          name="weightUnit"
          value={unit}
          onChange={(event) => {
            const next = event.target.value === "lb" ? "lb" : "kg";
            setGoal((current) => convertGoal(current, unit, next));
            setUnit(next);
          }}
        >
          <option value="kg">Kilograms (kg)</option>
          <option value="lb">Pounds (lb)</option>
        </select>
      </label>
      <label>
        Goal weight ({unit}, leave empty for none)
        <input
          name="goalWeight"
          inputMode="decimal"
          autoComplete="off"
          value={goal}
          onChange={(event) => setGoal(event.target.value)}
        />
        <FieldError state={state} name="goalWeight" />
      </label>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}
