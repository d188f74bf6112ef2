"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

/** Signing out ends the session on every device (it bumps the owner's session version). */
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
      <p className="muted">Signing out ends your session on every device, this one included.</p>
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
