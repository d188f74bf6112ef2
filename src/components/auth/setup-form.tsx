"use client";

import { useEffect, useState } from "react";
import { FieldError, FormMessage } from "./field-error";
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
