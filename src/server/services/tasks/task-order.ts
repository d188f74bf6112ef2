import { z } from "zod";
import { placeActiveOrder } from "@/domain/tasks";
import { reorderTasksSchema, type MoveDirection } from "@/schemas/tasks";
import { column, selectRows, type Db, type Queryable } from "../../db/rows";
import { UserError } from "../../http/user-error";
import { parseInput } from "../input";
import { TASK_NOT_FOUND, parseTaskId } from "./task-rows";

const orderRowSchema = z.object({
  id: column.id,
  active: column.boolean,
  sortOrder: column.integer,
});

/**
 * Moves a task one place up or down among the tasks of its own list (active or archived) and
 * renumbers `sort_order` 0..n-1. All task rows are locked first, so concurrent moves from two
 * tabs apply one after the other. Returns false when the task is already at that end.
 */
export async function moveTask(db: Db, taskId: string, direction: MoveDirection): Promise<boolean> {
  const id = parseTaskId(taskId);
  return db.transaction(async (manager) => {
    const rows = await lockedOrder(manager);
    const index = rows.findIndex((row) => row.id === id);
    const moved = rows[index];
    if (!moved) throw new UserError(TASK_NOT_FOUND, 404);
    const step = direction === "up" ? -1 : 1;
    let other = index + step;
    while (rows[other] !== undefined && rows[other]?.active !== moved.active) other += step;
    const neighbour = rows[other];
    if (!neighbour) return false;
    rows[index] = neighbour;
    rows[other] = moved;
    await renumber(
      manager,
      rows.map((row) => row.id),
    );
    return true;
  });
}

export const STALE_ORDER =
  "Your task list changed in another tab or window, so this order was not saved. " +
  "The list now shows the current order.";

/**
 * Gives the active tasks the order `taskIds` (every active task's id once); archived tasks keep
 * their places. Refuses (409) an order that does not name exactly the active tasks, such as one
 * sent by a tab that has not seen a task added, archived or deleted elsewhere.
 */
export async function reorderTasks(db: Db, input: unknown): Promise<boolean> {
  const { taskIds } = parseInput(reorderTasksSchema, input);
  return db.transaction(async (manager) => {
    const rows = await lockedOrder(manager);
    const order = placeActiveOrder(rows, taskIds);
    if (!order) throw new UserError(STALE_ORDER, 409);
    return renumber(manager, order);
  });
}

/**
 * Every task row in its current order, locked so concurrent reorders apply one at a time. The
 * rows are locked in id order, which never changes: locking in `sort_order` (which the
 * transaction ahead is changing) let two waiting reorders take the rows in different orders and
 * deadlock.
 */
async function lockedOrder(manager: Queryable) {
  const rows = await selectRows(
    manager,
    orderRowSchema,
    `SELECT id::text AS id, active, sort_order AS "sortOrder" FROM tasks ORDER BY id FOR UPDATE`,
  );
  return rows.sort((a, b) => a.sortOrder - b.sortOrder || compareIds(a.id, b.id));
}

/** Bigint ids as digit strings, compared as numbers. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sets `sort_order` to each id's place in `ids` (0..n-1) in one statement; true if any changed. */
async function renumber(manager: Queryable, ids: string[]): Promise<boolean> {
  const changed = await selectRows(
    manager,
    z.object({ id: column.id }),
    `WITH changed AS (
       UPDATE tasks AS t SET sort_order = (o.place - 1)::integer
         FROM unnest($1::bigint[]) WITH ORDINALITY AS o(id, place)
        WHERE t.id = o.id AND t.sort_order <> o.place - 1
        RETURNING t.id
     )
     SELECT id::text AS id FROM changed`,
    [ids],
  );
  return changed.length > 0;
}
