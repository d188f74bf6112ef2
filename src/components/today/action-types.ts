import type { IsoDate } from "@/domain/calendar";
import type { RowCounts } from "./row-state";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** The server actions a Today row calls, passed down from the page. */
export interface CompletionActions {
  complete(input: {
    taskId: string;
    day: IsoDate;
    requestId: string;
  }): Promise<ActionResult<RowCounts>>;
  undo(input: { taskId: string; day: IsoDate }): Promise<ActionResult<RowCounts>>;
}
