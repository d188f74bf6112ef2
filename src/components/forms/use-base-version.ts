"use client";

import { useState } from "react";
import type { FormState } from "@/schemas/form-state";

/**
 * The version a form saves over (its hidden `baseVersion` field): the one the page loaded, or
 * the newer one an answer brought (a refused stale save says what the record is at now), so
 * the owner's second Save, after reading the message, replaces it knowingly.
 */
export function useBaseVersion(loaded: number, state: FormState): number {
  const [seen, setSeen] = useState({ loaded, state, base: loaded });
  if (seen.loaded === loaded && seen.state === state) return seen.base;
  const base =
    state !== seen.state && state.version !== undefined
      ? state.version
      : loaded !== seen.loaded
        ? loaded
        : seen.base;
  setSeen({ loaded, state, base });
  return base;
}
