"use client";

import { useActionState } from "react";
import { initialFormState } from "@/schemas/form-state";
import { FieldError, FormMessage } from "./field-error";
import { useSignInAfterSuccess } from "./use-sign-in-after-success";

type SetupAction = typeof import("@/app/setup/actions").setupAction;

export function SetupForm({ token, action }: { token: string; action: SetupAction }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const capturePassword = useSignInAfterSuccess(state, "go-home");

  return (
    <form action={formAction} className="stack" onSubmit={capturePassword}>
      <input type="hidden" name="token" value={token} />
      <input
        type="hidden"
        name="timeZone"
        value={typeof Intl === "undefined" ? "" : Intl.DateTimeFormat().resolvedOptions().timeZone}
      />
      <label>
        Choose a password
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
        Repeat it
        <input name="confirm" type="password" autoComplete="new-password" required />
        <FieldError state={state} name="confirm" />
      </label>
      <FieldError state={state} name="token" />
      <FormMessage state={state} />
      <button type="submit" className="primary" disabled={pending || state.ok}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
