"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/schemas/form-state";

/**
 * For forms that set the owner's password (setup, change): once the action succeeds, sign
 * this device in with the password just submitted. React resets the form after the action,
 * so the password is captured on submit. Returns the form's onSubmit handler.
 */
export function useSignInAfterSuccess(state: FormState, then: "go-home" | "refresh") {
  const router = useRouter();
  const submittedPassword = useRef("");

  useEffect(() => {
    if (!state.ok || !submittedPassword.current) return;
    const password = submittedPassword.current;
    submittedPassword.current = "";
    void signIn("credentials", { password, redirect: false }).then(() => {
      if (then === "go-home") router.replace("/");
      router.refresh();
    });
  }, [state, then, router]);

  return (event: FormEvent<HTMLFormElement>) => {
    submittedPassword.current = String(new FormData(event.currentTarget).get("password") ?? "");
  };
}
