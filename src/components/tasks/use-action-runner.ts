"use client";

import { useState, useTransition } from "react";
import { settleAction } from "../forms/settle";
import type { ActionResult } from "@/schemas/form-state";

/**
 * Runs a server action in a transition and keeps its error message for display; a call that
 * never came back (offline) is an error message too, not an application error.
 */
export function useActionRunner() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run<T>(call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await settleAction(call);
      startTransition(() => {
        if (result.ok) onSuccess?.(result.data);
        else setError(result.message);
      });
    });
  }

  return { pending, error, run };
}

export type TaskRefAction<T> = (input: { taskId: string }) => Promise<ActionResult<T>>;
