"use client";

import type { FormAction } from "@/schemas/form-state";
import { FieldError, FormMessage } from "./field-error";
import { NewPasswordFields } from "./new-password-fields";
import { usePasswordFormAction } from "./use-sign-in-after-success";

/**
 * After the change every session is revoked, this one too; signing in again with the new
 * password gives this device a fresh session, so only the other devices are logged out.
 */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const { state, formAction, onSubmit, pending } = usePasswordFormAction(action, "refresh");

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <label>
        Current password
        <input name="current" type="password" autoComplete="current-password" required />
        <FieldError state={state} name="current" />
      </label>
      <NewPasswordFields
        state={state}
        passwordLabel="New password"
        confirmLabel="Repeat the new password"
      />
      <FormMessage state={state} />
      <div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
