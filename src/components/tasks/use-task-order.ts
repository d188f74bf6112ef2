"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { reconcileOrder } from "@/domain/tasks";
import type { ActionResult } from "@/schemas/form-state";
import { settleAction } from "../forms/settle";

export type ReorderAction = (input: { taskIds: string[] }) => Promise<ActionResult<boolean>>;

/**
 * The active tasks' order, optimistic: `save` shows the new order at once and sends it; when
 * the server refuses (or cannot be reached) the list falls back to the server's order, says
 * why, and reloads the list so a change made elsewhere shows up.
 */
export function useTaskOrder(serverIds: string[], reorder: ReorderAction) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const [ids, showOrder] = useOptimistic(serverIds, reconcileOrder);

  function save(next: string[]) {
    setError(null);
    startTransition(async () => {
      showOrder(next);
      const result = await settleAction(() => reorder({ taskIds: next }));
      if (result.ok) return;
      startTransition(() => {
        setError(result.message);
        router.refresh();
      });
    });
  }

  return { ids, error, save };
}
