"use client";

import type { FormState } from "@/schemas/form-state";
import { FieldError, FormMessage } from "./field-error";
import { usePasswordFormAction } from "./use-sign-in-after-success";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * After the change every session is revoked, this one too; signing in again with the new
 * password gives this device a fresh session, so only the other devices are logged out.
 */
export function ChangePasswordForm({ action }: { action: Action }) {
  const { state, formAction, onSubmit, pending } = usePasswordFormAction(action, "refresh");

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <label>
        Current password
        <input name="current" type="password" autoComplete="current-password" required />
        <FieldError state={state} name="current" />
      </label>
      <label>
        New password
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
        />
        <FieldError state={state} name="password" />
      </label>
      <label>
        Repeat the new password
        <input name="confirm" type="password" autoComplete="new-password" required />
        <FieldError state={state} name="confirm" />
      </label>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
