"use client";

import { useOptimistic, useRef, useState, useTransition } from "react";
import type { IsoDate } from "@/domain/calendar";
import type { DayListItem } from "@/types/tasks";
import { settleAction, UNREACHABLE_MESSAGE } from "../forms/settle";
import { formatProgress, periodScope } from "../tasks/describe";
import type { CompletionActions } from "./action-types";
import { shortDate } from "./day-label";
import { newRequestId } from "./request-id";
import { applyServerResult, initialRowState, optimisticCounts, type RowCounts } from "./row-state";
import styles from "./today.module.css";

interface Props {
  item: DayListItem;
  today: IsoDate;
  /** The owner's display locale (from the request), so server and browser agree. */
  locale: string;
  actions: CompletionActions;
}

/** A target is a minimum: counting past it is allowed, and the label says by how much. */
function stateLabel(
  counts: RowCounts,
  item: DayListItem,
  today: IsoDate,
  locale: string,
): string | null {
  if (counts.count > item.target) return `Done, ${counts.count - item.target} over the target`;
  if (counts.count >= item.target) return "Done";
  if (counts.state === "overdue" && item.scheduledDate) {
    return `Overdue since ${shortDate(item.scheduledDate, today, locale)}`;
  }
  if (item.scheduledDate && item.scheduledDate > item.day) {
    return `Due ${shortDate(item.scheduledDate, today, locale)}`;
  }
  return null;
}

function failureMessage(message: string): string {
  return message === UNREACHABLE_MESSAGE ? message : `${message} The count shows what is stored.`;
}

export function TodayTaskRow({ item, today, locale, actions }: Props) {
  const [row, setRow] = useState(() => initialRowState(item));
  const [seenItem, setSeenItem] = useState(item);
  if (seenItem !== item) {
    // The page was rendered again on the server: its values are stored values too.
    setSeenItem(item);
    setRow((current) => ({ ...current, counts: initialRowState(item).counts }));
  }
  const [shown, addOptimistic] = useOptimistic(row.counts, (counts, delta: number) =>
    optimisticCounts(counts, delta, item.target),
  );
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const sequence = useRef(0);
  // The id of a +1 whose answer never came back: it may be stored, so the next +1 sends it
  // again, and the server stores it at most once (and answers with the stored count).
  const unconfirmedTap = useRef<string | null>(null);

  function send(delta: 1 | -1) {
    const seq = (sequence.current += 1);
    setError(null);
    startTransition(async () => {
      addOptimistic(delta);
      const input = { taskId: item.taskId, day: item.day };
      const requestId = delta === 1 ? (unconfirmedTap.current ??= newRequestId()) : null;
      const result = await settleAction(() =>
        requestId ? actions.complete({ ...input, requestId }) : actions.undo(input),
      );
      const unanswered = !result.ok && result.message === UNREACHABLE_MESSAGE;
      if (!unanswered) unconfirmedTap.current = null;
      // On failure the optimistic step ends with the transition: the count goes back.
      startTransition(() => {
        if (result.ok) setRow((current) => applyServerResult(current, seq, result.data));
        else setError(failureMessage(result.message));
      });
    });
  }

  const done = shown.count >= item.target;
  const label = stateLabel(shown, item, today, locale);
  const scope = periodScope(item.period, item.day === today);
  const percent = Math.min(100, Math.round((100 * shown.count) / item.target));
  return (
    <li className={styles.row} data-state={done ? "done" : shown.state} aria-busy={pending}>
      <div className={styles.info}>
        <span className={styles.title}>{item.title}</span>
        <span className={styles.progress} aria-live="polite">
          {formatProgress(shown.count, item.target, item.unit)}
          {scope && <span className="muted"> {scope}</span>}
          {label && <span className={styles.badge}>{done ? `✓ ${label}` : label}</span>}
        </span>
        <span className={styles.bar} aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        {error && (
          <span className={styles.error} role="alert">
            {error}
          </span>
        )}
      </div>
      <button
        type="button"
        className={styles.undo}
        onClick={() => send(-1)}
        disabled={shown.dayCount === 0}
      >
        <span aria-hidden="true">↶</span>
        <span className="sr-only">Undo {item.title}</span>
      </button>
      <button type="button" className={styles.plus} onClick={() => send(1)}>
        +1<span className="sr-only"> {item.title}</span>
      </button>
    </li>
  );
}
