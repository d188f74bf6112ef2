/** One task as the order rules see it: its id and which list (active or archived) it is in. */
export interface OrderedTask {
  id: string;
  active: boolean;
}

/**
 * The whole list's new order when the active tasks take the order `activeIds`: active tasks
 * fill the places active tasks had, archived ones keep theirs. Null when `activeIds` is not
 * exactly the active tasks (a task was added, archived or deleted since the client loaded the
 * list), so a stale order is refused rather than guessed at.
 */
export function placeActiveOrder(
  tasks: readonly OrderedTask[],
  activeIds: readonly string[],
): string[] | null {
  const active = tasks.filter((task) => task.active).map((task) => task.id);
  const wanted = new Set(activeIds);
  if (wanted.size !== activeIds.length || active.length !== activeIds.length) return null;
  if (!active.every((id) => wanted.has(id))) return null;
  let next = 0;
  return tasks.map((task) => (task.active ? (activeIds[next++] as string) : task.id));
}

/** `ids` with the item at `from` moved to `to` (indexes outside the list change nothing). */
export function moveItem<T>(ids: readonly T[], from: number, to: number): T[] {
  if (from < 0 || to < 0 || from >= ids.length || to >= ids.length) return [...ids];
  const result = [...ids];
  const [item] = result.splice(from, 1) as [T];
  result.splice(to, 0, item);
  return result;
}

/**
 * The order to show: `preferred` (the client's optimistic order) for the ids still in `base`
 * (the server's), then any of `base` it lacks, in the server's order.
 */
export function reconcileOrder(base: readonly string[], preferred: readonly string[]): string[] {
  const present = new Set(base);
  const kept = preferred.filter((id) => present.has(id));
  const seen = new Set(kept);
  return [...kept, ...base.filter((id) => !seen.has(id))];
}
