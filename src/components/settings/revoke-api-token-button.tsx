"use client";

import { useState, useTransition } from "react";
import { settleAction } from "@/components/forms/settle";
import type { ObjectAction } from "@/schemas/form-state";

/** Revoke, then a second step that says what revoking does: the token's next request fails. */
export function RevokeApiTokenButton(props: {
  id: string;
  name: string;
  revoke: ObjectAction<{ id: string }, void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function revoke() {
    setError(null);
    startTransition(async () => {
      const result = await settleAction(() => props.revoke({ id: props.id }));
      startTransition(() => {
        if (result.ok) return;
        setError(result.message);
        setConfirming(false);
      });
    });
  }

  return (
    <div className="stack">
      {confirming ? (
        <div className="row" role="group" aria-label={`Revoke “${props.name}”?`}>
          <span>Scripts using it stop working at once.</span>
          <button type="button" className="danger" onClick={revoke} disabled={pending}>
            {pending ? "Revoking…" : "Revoke now"}
            <span className="sr-only"> {props.name}</span>
          </button>
          <button type="button" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </button>
        </div>
      ) : (
        <div>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Revoke<span className="sr-only"> {props.name}</span>
          </button>
        </div>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
