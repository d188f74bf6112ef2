"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "../today/action-types";

/** Runs a server action in a transition and keeps its error message for display. */
export function useActionRunner() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run<T>(call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) onSuccess?.(result.data);
      else setError(result.message);
    });
  }

  return { pending, error, run };
}

export type TaskRefAction<T> = (input: { taskId: string }) => Promise<ActionResult<T>>;
