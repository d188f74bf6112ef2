"use client";

import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import type { SortableTaskList } from "./sortable-task-list";
import { FOCUS_KEY } from "./task-order-buttons";

type DragList = typeof SortableTaskList;

interface Loaded {
  list: DragList;
  /** The list's control that had focus when the rows were swapped for the sortable ones. */
  focused: string | null;
}

/**
 * Fetches the sortable list (dnd-kit) once the page is interactive. Until it arrives, or if it
 * cannot be fetched (offline), null: the rows move with their buttons. Focus stays on the
 * control the owner was on when the rows are replaced.
 */
export function useDragList(listRef: RefObject<HTMLOListElement | null>): DragList | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let mounted = true;
    import("./sortable-task-list").then(
      ({ SortableTaskList }) => {
        const active = document.activeElement;
        const inList = active instanceof HTMLElement && listRef.current?.contains(active);
        const focused = inList ? active.getAttribute(FOCUS_KEY) : null;
        if (mounted) setLoaded({ list: SortableTaskList, focused });
      },
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [listRef]);

  useLayoutEffect(() => {
    const key = loaded?.focused;
    if (!key || document.activeElement !== document.body) return;
    listRef.current?.querySelector<HTMLElement>(`[${FOCUS_KEY}="${key}"]`)?.focus();
  }, [loaded, listRef]);

  return loaded?.list ?? null;
}
