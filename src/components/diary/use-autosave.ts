"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { DiarySaveOutcome } from "@/schemas/diary";
import type { ActionResult } from "@/schemas/form-state";
import { createAutosaveQueue, type DiaryConflict, type SaveStatus } from "./autosave-queue";
import { clearDraft, readDraft, writeDraft } from "./draft-storage";

/** How the owner settles a conflict: save over the other text, load it, or keep both. */
export type ConflictChoice = "mine" | "theirs" | "merge";

/** "Merge by hand": the owner's text first, a Markdown rule, then the other text. */
export function mergeTexts(mine: string, theirs: string): string {
  return `${mine.trimEnd()}\n\n---\n\n${theirs.trimStart()}`;
}

/**
 * The diary's autosave as React state around `createAutosaveQueue`: debounced, one save in
 * flight, retried while the server cannot be reached, the text kept on this device until saved;
 * a text that `check` (or the server) refuses is kept and not sent until it changes; a save
 * over an entry changed elsewhere stops saving and offers the other text (`conflict`).
 * Next's redirect from a save (an expired session) is thrown inside a transition, so the router
 * opens the login page as it does for every other action.
 */
export function useAutosave(
  day: string,
  initial: { text: string; version: number },
  save: (text: string, baseVersion: number) => Promise<ActionResult<DiarySaveOutcome>>,
  check?: (text: string) => string | null,
) {
  const [text, setTextState] = useState(initial.text);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<DiaryConflict | null>(null);
  const [restored, setRestored] = useState(false);
  const restoredBase = useRef<number | null>(null);
  const [, startTransition] = useTransition();
  const current = useRef({ day, save });
  useEffect(() => {
    current.current = { day, save };
  }, [day, save]);
  const [queue] = useState(() =>
    createAutosaveQueue({
      initialText: initial.text,
      initialVersion: initial.version,
      save: (value, baseVersion) => current.current.save(value, baseVersion),
      draft: {
        write: (value, baseVersion) => writeDraft(current.current.day, value, baseVersion),
        clear: () => clearDraft(current.current.day),
      },
      onStatus: setStatus,
      onError: setError,
      onConflict: setConflict,
      check,
      onSignal: (signal) =>
        startTransition(() => {
          throw signal;
        }),
    }),
  );

  const setText = useCallback(
    (value: string) => {
      setTextState(value);
      queue.change(value);
    },
    [queue],
  );

  const resolveConflict = useCallback(
    (choice: ConflictChoice) => {
      if (!conflict) return;
      queue.rebase(conflict.version, conflict.content);
      if (choice === "theirs") setText(conflict.content);
      else if (choice === "merge") setText(mergeTexts(text, conflict.content));
      else {
        setText(text);
        void queue.flush();
      }
    },
    [conflict, queue, setText, text],
  );

  const discardDraft = useCallback(() => {
    setRestored(false);
    if (conflict) return resolveConflict("theirs");
    // Nothing saved since the draft came back: the editor holds the loaded entry again.
    if (queue.version() === restoredBase.current) queue.rebase(initial.version, initial.text);
    setText(queue.savedText());
  }, [conflict, initial, queue, resolveConflict, setText]);

  useEffect(() => {
    const draft = readDraft(day);
    if (draft !== null && draft.text !== initial.text) {
      setRestored(true);
      // A draft written over an older version is saved over that one: a conflict, if it changed.
      if (draft.baseVersion !== null && draft.baseVersion !== initial.version) {
        restoredBase.current = draft.baseVersion;
        queue.rebase(draft.baseVersion, initial.text);
      }
      setText(draft.text);
    } else if (draft !== null) clearDraft(day);
    // Only on first mount: later renders must not re-apply the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!queue.hasUnsavedText()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === "hidden") void queue.flush();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", saveWhenHidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", saveWhenHidden);
      // Leaving the page inside the app: send what the debounce still holds.
      void queue.flush();
    };
  }, [queue]);

  return {
    text,
    setText,
    status,
    error,
    conflict,
    resolveConflict,
    restored,
    discardDraft,
    saveNow: queue.flush,
  };
}
