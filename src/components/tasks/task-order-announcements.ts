import type { Announcements, UniqueIdentifier } from "@dnd-kit/core";
import type { Task } from "@/types/tasks";

/** What a screen reader hears while a task is dragged: titles and places, not ids. */
export function taskOrderAnnouncements(
  tasks: Map<string, Task>,
  order: readonly string[],
): Announcements {
  const title = (id: UniqueIdentifier) => tasks.get(String(id))?.title ?? "The task";
  const place = (id: UniqueIdentifier) =>
    `place ${order.indexOf(String(id)) + 1} of ${order.length}`;
  return {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}, at ${place(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${title(active.id)} is at ${place(over.id)}.`
        : `${title(active.id)} is outside the list.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${title(active.id)} was dropped at ${place(over.id)}.`
        : `${title(active.id)} was dropped outside the list; nothing moved.`,
    onDragCancel: ({ active }) =>
      `Moving ${title(active.id)} was cancelled; it stays at ${place(active.id)}.`,
  };
}
