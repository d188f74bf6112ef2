"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type FormEvent } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/schemas/form-state";

/**
 * For forms that set the owner's password (setup, change): runs the form's action and, once it
 * succeeds, signs this device in with the password just submitted and empties the form. If that
 * sign-in cannot reach the server, the next page load sends the owner to the login page.
 */
export function usePasswordFormAction(action: FormAction, then: "go-home" | "refresh") {
  const router = useRouter();
  const form = useFormAction(action);
  const submitted = useRef<{ password: string; form: HTMLFormElement } | null>(null);
  const { state } = form;

  useEffect(() => {
    if (!state.ok || !submitted.current) return;
    const { password, form: element } = submitted.current;
    submitted.current = null;
    element.reset();
    void signIn("credentials", { password, redirect: false })
      .catch(() => undefined)
      .then(() => {
        if (then === "go-home") router.replace("/");
        router.refresh();
      });
  }, [state, then, router]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    const password = String(new FormData(element).get("password") ?? "");
    submitted.current = { password, form: element };
    form.onSubmit(event);
  };
  return { ...form, onSubmit };
}
