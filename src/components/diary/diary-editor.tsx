"use client";

import { useCallback, useState } from "react";
import { diaryTextProblem } from "@/domain/diary";
import type { DiarySaveOutcome } from "@/schemas/diary";
import type { ObjectAction } from "@/schemas/form-state";
import { ConflictPanel } from "./conflict-panel";
import { MarkdownView } from "./markdown-view";
import { SaveStatusLine } from "./save-status";
import { useAutosave } from "./use-autosave";
import styles from "./diary.module.css";

type Mode = "write" | "read";

export type SaveDiaryAction = ObjectAction<
  { day: string; content: string; baseVersion: number | null },
  DiarySaveOutcome
>;

/**
 * The day's diary text: autosaved while typing, with a Markdown read view. Every save names
 * the version it replaces; when another tab or device saved meanwhile, saving stops and the
 * owner chooses between the two texts.
 */
export function DiaryEditor(props: {
  day: string;
  initialText: string;
  /** The loaded entry's version; 0 when the day had no entry. */
  initialVersion: number;
  initialMode: Mode;
  save: SaveDiaryAction;
}) {
  const { day, save: saveAction } = props;
  const [mode, setMode] = useState<Mode>(props.initialMode);
  const save = useCallback(
    (content: string, baseVersion: number) => saveAction({ day, content, baseVersion }),
    [day, saveAction],
  );
  const [initial] = useState({ text: props.initialText, version: props.initialVersion });
  const autosave = useAutosave(day, initial, save, diaryTextProblem);

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
      {autosave.conflict && (
        <ConflictPanel conflict={autosave.conflict} onChoose={autosave.resolveConflict} />
      )}
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
