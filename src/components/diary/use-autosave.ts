"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { clearDraft, readDraft, writeDraft } from "./draft-storage";

export type SaveStatus = "saved" | "saving" | "unsaved" | "failed";
export type SaveResult = { ok: true } | { ok: false; message: string };

export const AUTOSAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5000;

/**
 * Debounced autosave with at most one save in flight: a newer text is sent only after the
 * previous save has finished, so an older text can never land after a newer one.
 */
export function useAutosave(
  date: string,
  initialText: string,
  save: (text: string) => Promise<SaveResult>,
) {
  const [text, setTextState] = useState(initialText);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const latest = useRef(initialText);
  const saved = useRef(initialText);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    if (latest.current === saved.current) return;
    const sending = latest.current;
    inFlight.current = true;
    setStatus("saving");
    const result = await save(sending).catch((): SaveResult => ({
      ok: false,
      message: "The server could not be reached.",
    }));
    inFlight.current = false;
    if (result.ok) {
      saved.current = sending;
      setError(null);
      if (latest.current === sending) {
        setStatus("saved");
        clearDraft(date);
      } else setStatus("unsaved");
    } else {
      setStatus("failed");
      setError(result.message);
      timer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
    }
    if (again.current) {
      again.current = false;
      void flush();
    }
  }, [date, save]);

  const setText = useCallback(
    (value: string) => {
      latest.current = value;
      setTextState(value);
      setStatus(value === saved.current ? "saved" : "unsaved");
      if (value === saved.current) clearDraft(date);
      else writeDraft(date, value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [date, flush],
  );

  const discardDraft = useCallback(() => {
    setRestored(false);
    setText(saved.current);
  }, [setText]);

  useEffect(() => {
    const draft = readDraft(date);
    if (draft !== null && draft !== initialText) {
      setRestored(true);
      setText(draft);
    } else if (draft !== null) clearDraft(date);
    // Only on first mount: later renders must not re-apply the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current === saved.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", saveWhenHidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", saveWhenHidden);
      // Leaving the page inside the app: send what the debounce still holds.
      void flush();
    };
  }, [flush]);

  return { text, setText, status, error, restored, discardDraft, saveNow: flush };
}
