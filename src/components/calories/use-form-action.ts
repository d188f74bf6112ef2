"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/schemas/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * `useActionState` for a form, submitted from `onSubmit` so React does not reset the fields
 * afterwards: a rejected value stays in the field next to its message. (Shared by the calories,
 * weight and health settings forms.) Give the form both `action={formAction}` (works before
 * hydration) and `onSubmit`.
 */
export function useFormAction(action: Action) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, formAction: dispatch, onSubmit, pending };
}
