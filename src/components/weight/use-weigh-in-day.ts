"use client";

import { useRef, useState } from "react";
import { isValidIsoDate } from "@/domain/calendar";
import { settleAction } from "@/components/forms/settle";
import type { ObjectAction } from "@/schemas/form-state";
import type { SavedWeight } from "@/types/weight";

export type LoadWeighIn = ObjectAction<{ day: string }, SavedWeight | null>;

/** The display text of a stored weigh-in in the form's field. */
export function shownText(shown: number | null): string {
  return shown === null ? "" : shown.toFixed(1);
}

/**
 * The day the weigh-in form is on and what is stored for it. Changing the day loads that day's
 * weigh-in into the field (or empties it), so a value shown for one day is never saved over
 * another; `version` goes to the server as the version the owner saw, which refuses a stale one.
 */
export function useWeighInDay(
  initial: { day: string; shown: number | null; version: number },
  load: LoadWeighIn,
) {
  const [day, setDay] = useState(initial.day);
  const [stored, setStored] = useState(initial.shown);
  const [version, setVersion] = useState(initial.version);
  const [text, setText] = useState(shownText(initial.shown));
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const latest = useRef(initial.day);

  async function reload(target: string, replaceText: boolean) {
    if (!isValidIsoDate(target)) return;
    setLoading(true);
    const result = await settleAction(() => load({ day: target }));
    if (latest.current !== target) return;
    setLoading(false);
    if (!result.ok) {
      setLoadError(result.message);
      return;
    }
    setLoadError(null);
    const shown = result.data?.shown ?? null;
    setStored(shown);
    setVersion(result.data?.version ?? 0);
    if (replaceText) setText(shownText(shown));
  }

  function changeDay(next: string) {
    latest.current = next;
    setDay(next);
    setStored(null);
    setVersion(0);
    setText("");
    void reload(next, true);
  }

  return {
    day,
    stored,
    version,
    text,
    setText,
    loading,
    loadError,
    changeDay,
    /** After the server refused or accepted a save: learn what it holds now, keep the typing. */
    refresh: () => reload(latest.current, false),
  };
}
