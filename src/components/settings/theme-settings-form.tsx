"use client";

import { FormMessage } from "@/components/auth/field-error";
import { useBaseVersion } from "@/components/forms/use-base-version";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/schemas/form-state";
import type { Theme } from "@/schemas/settings";
import styles from "./settings.module.css";

const CHOICES: Array<{ value: Theme; label: string }> = [
  { value: "system", label: "Same as this device" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** Settings > Appearance: light, dark, or whatever the device uses. */
export function ThemeSettingsForm(props: { action: FormAction; theme: Theme; version: number }) {
  const { state, formAction, onSubmit, pending } = useFormAction(props.action);
  const baseVersion = useBaseVersion(props.version, state);
  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <fieldset className={styles.choices}>
        <legend>Theme</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input
              type="radio"
              name="theme"
              value={choice.value}
              defaultChecked={choice.value === props.theme}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}
