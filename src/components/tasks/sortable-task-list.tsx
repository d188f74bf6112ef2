"use client";

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { useMemo } from "react";
import type { IsoDate } from "@/domain/calendar";
import { moveItem } from "@/domain/tasks";
import type { MoveDirection } from "@/schemas/tasks";
import type { TaskListItem } from "@/types/tasks";
import { SortableTaskRow } from "./sortable-task-row";
import { focusKey } from "./task-order-buttons";
import { taskOrderAnnouncements } from "./task-order-announcements";
import styles from "./tasks.module.css";
import { useKeptFocus } from "./use-kept-focus";
import { useTaskOrder, type ReorderAction } from "./use-task-order";

interface Props {
  tasks: TaskListItem[];
  today: IsoDate;
  /** The owner's display locale (from the request), for due dates. */
  locale: string;
  reorder: ReorderAction;
}

/** Rows only move up and down. */
const vertical: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/** The active tasks, reordered by drag (pointer, touch, keyboard) or the move buttons. */
export function SortableTaskList({ tasks, today, locale, reorder }: Props) {
  const serverIds = useMemo(() => tasks.map((task) => task.id), [tasks]);
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const { ids, error, save } = useTaskOrder(serverIds, reorder);
  const { listRef, keepFocus } = useKeptFocus<HTMLOListElement>(ids);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function move(taskId: string, direction: MoveDirection) {
    const from = ids.indexOf(taskId);
    keepFocus(focusKey(taskId, direction));
    save(moveItem(ids, from, direction === "up" ? from - 1 : from + 1));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    keepFocus(focusKey(String(active.id), "handle"));
    save(moveItem(ids, from, ids.indexOf(String(over.id))));
  }

  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <DndContext
        id="task-drag-instructions"
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[vertical]}
        accessibility={{ announcements: taskOrderAnnouncements(byId, ids) }}
        onDragEnd={onDragEnd}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol ref={listRef} className={styles.taskList}>
            {rows.map((task, index) => (
              <SortableTaskRow
                key={task.id}
                task={task}
                today={today}
                locale={locale}
                first={index === 0}
                last={index === rows.length - 1}
                onMove={(direction) => move(task.id, direction)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </>
  );
}
