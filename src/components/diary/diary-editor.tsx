"use client";

import { useCallback, useState } from "react";
import { saveDiaryAction } from "@/app/(app)/diary/actions";
import { MAX_DIARY_CONTENT_LENGTH } from "@/domain/diary";
import { MarkdownView } from "./markdown-view";
import { SaveStatusLine } from "./save-status";
import { useAutosave, type SaveResult } from "./use-autosave";
import styles from "./diary.module.css";

type Mode = "write" | "read";

/** The day's diary text: autosaved while typing, with a Markdown read view. */
export function DiaryEditor(props: { date: string; initialText: string; initialMode: Mode }) {
  const { date } = props;
  const [mode, setMode] = useState<Mode>(props.initialMode);
  const save = useCallback(
    async (content: string): Promise<SaveResult> => {
      const result = await saveDiaryAction({ date, content });
      return result.ok ? { ok: true } : result;
    },
    [date],
  );
  const autosave = useAutosave(date, props.initialText, save);

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
