"use client";

import { useTransition } from "react";
import type { IsoDate } from "@/domain/calendar";
import { formatDay } from "@/domain/calendar/date-format";
import { countOf } from "@/domain/text";
import { settleAction } from "@/components/forms/settle";
import type { CompletionActions } from "@/components/today/action-types";
import { newRequestId } from "@/components/today/request-id";

/** Adds or removes one completion of the chosen heatmap day (any past day, creation or not). */
export function HeatmapDayEditor(props: {
  taskId: string;
  day: IsoDate;
  count: number;
  locale: string;
  actions: CompletionActions;
  onStored: (day: IsoDate, count: number) => void;
  onError: (message: string) => void;
}) {
  const { taskId, day, count, locale, actions, onStored, onError } = props;
  const [pending, startTransition] = useTransition();

  function change(delta: 1 | -1) {
    startTransition(async () => {
      const result = await settleAction(() =>
        delta === 1
          ? actions.complete({ taskId, day, requestId: newRequestId() })
          : actions.undo({ taskId, day }),
      );
      if (result.ok) onStored(day, result.data.dayCount);
      else onError(result.message);
    });
  }

  return (
    <div className="row" aria-live="polite">
      <span>
        {formatDay(day, locale)}: {countOf(count, "completion", "completions")}
      </span>
      <button type="button" onClick={() => change(1)} disabled={pending}>
        Add one
      </button>
      <button type="button" onClick={() => change(-1)} disabled={pending || count === 0}>
        Remove one
      </button>
    </div>
  );
}
