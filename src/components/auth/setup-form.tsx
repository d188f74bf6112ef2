"use client";

import { useEffect, useState } from "react";
import { FieldError, FormMessage } from "./field-error";
import { NewPasswordFields } from "./new-password-fields";
import { usePasswordFormAction } from "./use-sign-in-after-success";

type SetupAction = typeof import("@/app/setup/actions").setupAction;

export function SetupForm({ token, action }: { token: string; action: SetupAction }) {
  const { state, formAction, onSubmit, pending } = usePasswordFormAction(action, "go-home");
  // The browser's zone, read after hydration: rendered on the server it would be the server's.
  // Until then (or without JavaScript) it stays empty and setup keeps the default zone.
  const [timeZone, setTimeZone] = useState("");
  useEffect(() => {
    setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);

  return (
    <form action={formAction} onSubmit={onSubmit} className="stack">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <NewPasswordFields state={state} passwordLabel="Choose a password" confirmLabel="Repeat it" />
      <FieldError state={state} name="token" />
      <FormMessage state={state} />
      <button type="submit" className="primary" disabled={pending || state.ok}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
