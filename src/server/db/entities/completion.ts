import { EntitySchema } from "typeorm";

/**
 * One completion of a task on an owner's calendar day. `taskId` becomes null when the task
 * is deleted (ON DELETE SET NULL); `titleSnapshot` keeps the history readable.
 */
export interface CompletionRow {
  id: string;
  taskId: string | null;
  titleSnapshot: string;
  date: string;
  createdAt: Date;
}

export const CompletionEntity = new EntitySchema<CompletionRow>({
  name: "Completion",
  tableName: "completions",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    taskId: { name: "task_id", type: "bigint", nullable: true },
    titleSnapshot: { name: "title_snapshot", type: "text" },
    date: { type: "date" },
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
  },
});
