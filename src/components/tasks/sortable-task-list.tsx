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
import type { TaskListItem } from "@/types/tasks";
import { SortableTaskRow } from "./sortable-task-row";
import { taskOrderAnnouncements } from "./task-order-announcements";
import { rowPropsAt, type TaskRowsProps } from "./task-row-body";
import styles from "./tasks.module.css";

interface Props extends TaskRowsProps {
  /** The order dnd-kit sorts (the rows' ids), and every active task by id. */
  ids: string[];
  byId: Map<string, TaskListItem>;
  /** A row was dropped on another's place. */
  onDrop(taskId: string, overId: string): void;
}

/** Rows only move up and down. */
const vertical: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * The active tasks as dnd-kit's sortable list. `TaskOrderList` loads it after the page is
 * interactive, so dnd-kit stays out of the Tasks page's first load.
 */
export function SortableTaskList(list: Props) {
  const { ids, byId, onDrop } = list;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    if (over && active.id !== over.id) onDrop(String(active.id), String(over.id));
  }

  return (
    <DndContext
      id="task-drag-instructions"
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[vertical]}
      accessibility={{ announcements: taskOrderAnnouncements(byId, ids) }}
      onDragEnd={onDragEnd}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol ref={list.listRef} className={styles.taskList}>
          {list.rows.map((task, index) => (
            <SortableTaskRow key={task.id} {...rowPropsAt(list, index, task)} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
