"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { initialFormState } from "@/schemas/form-state";
import { FieldError, FormMessage } from "./field-error";

type SetupAction = typeof import("@/app/setup/actions").setupAction;

export function SetupForm({ token, action }: { token: string; action: SetupAction }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // React resets the form after the action, so the password for the sign-in is kept here.
  const submittedPassword = useRef("");

  useEffect(() => {
    if (!state.ok) return;
    void signIn("credentials", { password: submittedPassword.current, redirect: false }).then(() => {
      router.replace("/");
      router.refresh();
    });
  }, [state.ok, router]);

  return (
    <form
      action={formAction}
      className="stack"
      onSubmit={(event) => {
        submittedPassword.current = String(new FormData(event.currentTarget).get("password") ?? "");
      }}
    >
      <input type="hidden" name="token" value={token} />
      <input
        type="hidden"
        name="timeZone"
        value={typeof Intl === "undefined" ? "" : Intl.DateTimeFormat().resolvedOptions().timeZone}
      />
      <label>
        Choose a password
        <input name="password" type="password" autoComplete="new-password" required minLength={10} />
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
