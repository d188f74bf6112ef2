"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { countOf } from "@/domain/text";

function describeError(error: string | null | undefined): string | null {
  if (!error) return null;
  const throttled = /^TooManyAttempts:(\d+)$/.exec(error);
  if (throttled) {
    const minutes = Math.ceil(Number(throttled[1]) / 60);
    return `Too many failed attempts. Try again in ${countOf(minutes, "minute", "minutes")}.`;
  }
  if (error === "CredentialsSignin") return "That password is not right.";
  return "Signing in failed. Please try again.";
}

/** Only same-site paths are followed after login, never another origin. */
function safeCallback(raw: string | null): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/";
}

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(describeError(params.get("error")));
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    if (!password) {
      setError("Enter your password.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { password, redirect: false }).catch(() => null);
    setPending(false);
    if (result === null) {
      setError("Could not reach Tracker. Check the connection and try again.");
      return;
    }
    if (result?.ok && !result.error) {
      router.replace(safeCallback(params.get("callbackUrl")));
      router.refresh();
      return;
    }
    setError(describeError(result?.error) ?? "Signing in failed. Please try again.");
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
          aria-describedby={error ? "login-error" : undefined}
        />
      </label>
      {error && (
        <p className="form-message error" id="login-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
