"use client";

import { useState, useTransition } from "react";
import { settleAction } from "@/components/forms/settle";
import type { ObjectAction } from "@/schemas/form-state";
import { formatKcal } from "./format";

export type RestoreCaloriesAction = ObjectAction<
  { day: string; expected: number | null; restore: number | null },
  number | null
>;

/** What the last change did, with an Undo that puts the day back if nothing changed since. */
export interface UndoableChange {
  text: string;
  day: string;
  /** The day's total after the change (null: none) and what Undo restores. */
  expected: number | null;
  restore: number | null;
}

export function undoneText(total: number | null, locale: string): string {
  return total === null
    ? "Undone: nothing is logged for the day."
    : `Undone: total ${formatKcal(total, locale)}.`;
}

/** The status line after a quick add or a clear; Undo once, then it says what it did. */
export function UndoMessage(props: {
  change: UndoableChange;
  locale: string;
  restore: RestoreCaloriesAction;
}) {
  const { change, locale, restore } = props;
  const [result, setResult] = useState<{ for: UndoableChange; ok: boolean; text: string }>();
  const [undoing, startUndo] = useTransition();
  // A newer change replaces the message (and its Undo).
  const shown = result?.for === change ? result : undefined;

  function undo() {
    startUndo(async () => {
      const { day, expected, restore: value } = change;
      const answer = await settleAction(() => restore({ day, expected, restore: value }));
      const text = answer.ok ? undoneText(answer.data, locale) : answer.message;
      setResult({ for: change, ok: answer.ok, text });
    });
  }

  return (
    <p className={`form-message ${shown?.ok === false ? "error" : "ok"}`} role="status">
      {shown?.text ?? change.text}
      {!shown?.ok && (
        <>
          {" "}
          <button type="button" onClick={undo} disabled={undoing}>
            Undo
          </button>
        </>
      )}
    </p>
  );
}
