import { z } from "zod";
import type { MoveDirection } from "@/schemas/tasks";
import { column, selectRows, type Db } from "../../db/rows";
import { UserError } from "../../http/user-error";
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
    const rows = await selectRows(
      manager,
      orderRowSchema,
      `SELECT id::text AS id, active, sort_order AS "sortOrder"
         FROM tasks ORDER BY sort_order, id FOR UPDATE`,
    );
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
    for (const [position, row] of rows.entries()) {
      if (row.sortOrder === position) continue;
      await manager.query(`UPDATE tasks SET sort_order = $1::integer WHERE id = $2::bigint`, [
        position,
        row.id,
      ]);
    }
    return true;
  });
}
