import type { IsoDate } from "@/domain/calendar";
import type { ActionResult } from "@/schemas/form-state";
import type { RowCounts } from "./row-state";

/** The server actions a Today row calls, passed down from the page. */
export interface CompletionActions {
  complete(input: {
    taskId: string;
    day: IsoDate;
    requestId: string;
  }): Promise<ActionResult<RowCounts>>;
  undo(input: { taskId: string; day: IsoDate }): Promise<ActionResult<RowCounts>>;
}
