"use client";

import { useCallback, useState, useTransition } from "react";
import { settleAction } from "@/components/forms/settle";
import { MAX_DIARY_CONTENT_LENGTH } from "@/domain/diary";
import type { ObjectAction } from "@/schemas/form-state";
import { MarkdownView } from "./markdown-view";
import { SaveStatusLine } from "./save-status";
import { useAutosave, type SaveResult } from "./use-autosave";
import styles from "./diary.module.css";

type Mode = "write" | "read";

export type SaveDiaryAction = ObjectAction<
  { day: string; content: string },
  { day: string; savedAt: string }
>;

/** The day's diary text: autosaved while typing, with a Markdown read view. */
export function DiaryEditor(props: {
  day: string;
  initialText: string;
  initialMode: Mode;
  save: SaveDiaryAction;
}) {
  const { day, save: saveAction } = props;
  const [mode, setMode] = useState<Mode>(props.initialMode);
  const [, startTransition] = useTransition();
  // The same settle path as every action, inside a transition: a lost connection is a failed
  // save (retried), while Next's redirect (an expired session) reaches the router and opens
  // the login page; the text stays in this device's draft meanwhile.
  const save = useCallback(
    (content: string) =>
      new Promise<SaveResult>((resolve) => {
        startTransition(async () => {
          const result = await settleAction(() => saveAction({ day, content }));
          resolve(result.ok ? { ok: true } : result);
        });
      }),
    [day, saveAction],
  );
  const autosave = useAutosave(day, props.initialText, save);

  return (
    <div className="stack">
      <div className={styles.toolbar}>
        <div className={styles.modes} role="group" aria-label="View">
          <button type="button" aria-pressed={mode === "write"} onClick={() => setMode("write")}>
            Write
          </button>
          <button type="button" aria-pressed={mode === "read"} onClick={() => setMode("read")}>
            Read
          </button>
        </div>
        <SaveStatusLine
          status={autosave.status}
          error={autosave.error}
          onRetry={autosave.saveNow}
        />
      </div>
      {autosave.restored && (
        <p className={styles.notice} role="status">
          Restored text from this device that had not been saved yet.{" "}
          <button type="button" onClick={autosave.discardDraft}>
            Discard it
          </button>
        </p>
      )}
      {mode === "write" ? (
        <textarea
          className={styles.textarea}
          aria-label="Diary entry"
          cols={80}
          value={autosave.text}
          maxLength={MAX_DIARY_CONTENT_LENGTH}
          onChange={(event) => autosave.setText(event.target.value)}
          onBlur={() => void autosave.saveNow()}
          placeholder="How was the day? Markdown works: **bold**, *italic*, - lists, # headings."
          autoFocus={props.initialText === ""}
        />
      ) : (
        <MarkdownView text={autosave.text} />
      )}
    </div>
  );
}
