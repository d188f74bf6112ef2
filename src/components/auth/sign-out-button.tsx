"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [error, setError] = useState<string | null>(null);
  function leave() {
    setError(null);
    signOut({ callbackUrl: "/login" }).catch(() =>
      setError("Could not reach Tracker. You are still signed in; try again."),
    );
  }
  return (
    <>
      <button type="button" onClick={leave}>
        Sign out
      </button>
      {error && (
        <p className="form-message error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
