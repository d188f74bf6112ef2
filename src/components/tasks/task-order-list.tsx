"use client";

import { useMemo } from "react";
import type { IsoDate } from "@/domain/calendar";
import { moveItem } from "@/domain/tasks";
import type { MoveDirection } from "@/schemas/tasks";
import type { TaskListItem } from "@/types/tasks";
import { StaticTaskList } from "./static-task-list";
import { focusKey } from "./task-order-buttons";
import { useDragList } from "./use-drag-list";
import { useKeptFocus } from "./use-kept-focus";
import { useTaskOrder, type ReorderAction } from "./use-task-order";

interface Props {
  tasks: TaskListItem[];
  today: IsoDate;
  /** The owner's display locale (from the request), for due dates. */
  locale: string;
  reorder: ReorderAction;
}

/** The active tasks, reordered by the move buttons, and by drag once dnd-kit has loaded. */
export function TaskOrderList({ tasks, today, locale, reorder }: Props) {
  const serverIds = useMemo(() => tasks.map((task) => task.id), [tasks]);
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const { ids, error, save } = useTaskOrder(serverIds, reorder);
  const { listRef, keepFocus } = useKeptFocus<HTMLOListElement>(ids);
  const SortableTaskList = useDragList(listRef);

  function onMove(taskId: string, direction: MoveDirection) {
    const from = ids.indexOf(taskId);
    keepFocus(focusKey(taskId, direction));
    save(moveItem(ids, from, direction === "up" ? from - 1 : from + 1));
  }

  function onDrop(taskId: string, overId: string) {
    keepFocus(focusKey(taskId, "handle"));
    save(moveItem(ids, ids.indexOf(taskId), ids.indexOf(overId)));
  }

  const list = { rows: ids.flatMap((id) => byId.get(id) ?? []), today, locale, listRef, onMove };
  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {SortableTaskList ? (
        <SortableTaskList {...list} ids={ids} byId={byId} onDrop={onDrop} />
      ) : (
        <StaticTaskList {...list} />
      )}
    </>
  );
}
