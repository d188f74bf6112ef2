"use client";

import { useActionState, useState, useTransition, type FormEvent } from "react";
import { initialFormState, type FormState, type FormAction } from "@/schemas/form-state";
import { settle, UNREACHABLE_FORM_STATE } from "./settle";

/**
 * A form's server action with its result state. Give the form both `action={formAction}` and
 * `onSubmit`: before hydration the browser posts the form natively through `useActionState`;
 * once hydrated, `onSubmit` calls the action itself, so React does not reset the fields (a
 * rejected value stays next to its message) and a lost connection becomes a message instead of
 * an application error. `onSettled` runs after each hydrated submit with its result.
 */
export function useFormAction(action: FormAction, onSettled?: (state: FormState) => void) {
  const [serverState, formAction] = useActionState(action, initialFormState);
  const [clientState, setClientState] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const state = clientState ?? serverState;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const next = await settle(() => action(state, formData), UNREACHABLE_FORM_STATE);
      startTransition(() => setClientState(next));
      onSettled?.(next);
    });
  };
  return { state, formAction, onSubmit, pending };
}
