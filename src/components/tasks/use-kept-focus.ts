"use client";

import { useLayoutEffect, useRef } from "react";
import { FOCUS_KEY } from "./task-order-buttons";

/**
 * Keeps keyboard focus on the control that moved a row. React moves a reordered row's element
 * in the DOM, which drops focus to the page body; after each change of `order` this puts it back
 * on the control last asked for, unless the owner has since focused something else.
 */
export function useKeptFocus<E extends HTMLElement>(order: readonly string[]) {
  const listRef = useRef<E>(null);
  const wanted = useRef<string | null>(null);

  useLayoutEffect(() => {
    const key = wanted.current;
    const list = listRef.current;
    if (!key || !list) return;
    const control = list.querySelector<HTMLElement>(`[${FOCUS_KEY}="${key}"]`);
    const active = document.activeElement;
    if (!control || control === active) return;
    if (active && active !== document.body) wanted.current = null;
    else control.focus();
  }, [order]);

  return {
    listRef,
    keepFocus(key: string) {
      wanted.current = key;
    },
  };
}
