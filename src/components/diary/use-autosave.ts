"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/schemas/form-state";
import { createAutosaveQueue, type SaveStatus } from "./autosave-queue";
import { clearDraft, readDraft, writeDraft } from "./draft-storage";

/**
 * The diary's autosave as React state around `createAutosaveQueue`: debounced, one save in
 * flight, retried while the server cannot be reached, the text kept on this device until saved;
 * a text that `check` (or the server) refuses is kept and not sent until it changes.
 * Next's redirect from a save (an expired session) is thrown inside a transition, so the router
 * opens the login page as it does for every other action.
 */
export function useAutosave(
  day: string,
  initialText: string,
  save: (text: string) => Promise<ActionResult<unknown>>,
  check?: (text: string) => string | null,
) {
  const [text, setTextState] = useState(initialText);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [, startTransition] = useTransition();
  const current = useRef({ day, save });
  useEffect(() => {
    current.current = { day, save };
  }, [day, save]);
  const [queue] = useState(() =>
    createAutosaveQueue({
      initialText,
      save: (value) => current.current.save(value),
      draft: {
        write: (value) => writeDraft(current.current.day, value),
        clear: () => clearDraft(current.current.day),
      },
      onStatus: setStatus,
      onError: setError,
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

  const discardDraft = useCallback(() => {
    setRestored(false);
    setText(queue.savedText());
  }, [queue, setText]);

  useEffect(() => {
    const draft = readDraft(day);
    if (draft !== null && draft !== initialText) {
      setRestored(true);
      setText(draft);
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

  return { text, setText, status, error, restored, discardDraft, saveNow: queue.flush };
}
