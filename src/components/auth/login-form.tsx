"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/domain/auth/callback-path";
import { formatCountdown, parseRetryAt } from "@/domain/auth/retry-countdown";
import { useRetryCountdown } from "./use-retry-countdown";

function describeError(error: string | null | undefined): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return "That password is not right.";
  return "Signing in failed. Please try again.";
}

function throttleMessage(left: number | null): string {
  if (left === null) return "Too many failed attempts. Please wait a moment.";
  if (left === 0) return "You can try again now.";
  return `Too many failed attempts. Try again in ${formatCountdown(left)}.`;
}

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const initialError = params.get("error");
  const [retryAt, setRetryAt] = useState<number | null>(parseRetryAt(initialError));
  const [error, setError] = useState<string | null>(
    retryAt === null ? describeError(initialError) : null,
  );
  const [pending, setPending] = useState(false);
  const left = useRetryCountdown(retryAt);
  const waiting = retryAt !== null && left !== 0;
  const message = retryAt !== null ? throttleMessage(left) : error;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    if (!password) {
      setRetryAt(null);
      setError("Enter your password.");
      return;
    }
    setPending(true);
    setRetryAt(null);
    setError(null);
    const result = await signIn("credentials", { password, redirect: false }).catch(() => null);
    setPending(false);
    if (result === null) {
      setError("Could not reach Tracker. Check the connection and try again.");
      return;
    }
    if (result?.ok && !result.error) {
      router.replace(safeCallbackPath(params.get("callbackUrl")));
      router.refresh();
      return;
    }
    const throttledUntil = parseRetryAt(result?.error);
    if (throttledUntil !== null) setRetryAt(throttledUntil);
    else setError(describeError(result?.error) ?? "Signing in failed. Please try again.");
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          aria-describedby={message ? "login-error" : undefined}
        />
      </label>
      {message && (
        <p
          className={`form-message ${left === 0 ? "ok" : "error"}`}
          id="login-error"
          role={waiting ? "timer" : "alert"}
        >
          {message}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending || waiting}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
