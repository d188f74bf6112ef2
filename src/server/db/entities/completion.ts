import { EntitySchema } from "typeorm";
import type { TaskRow } from "./task";

/**
 * One completion of a task on an owner's calendar day. `taskId` becomes null when the task
 * is deleted (ON DELETE SET NULL); `titleSnapshot` keeps the history readable.
 */
export interface CompletionRow {
  id: string;
  taskId: string | null;
  titleSnapshot: string;
  date: string;
  /** The client's id for the tap that stored it: a retried tap is stored once. */
  clientRequestId: string | null;
  createdAt: Date;
  task?: TaskRow | null;
}

export const CompletionEntity = new EntitySchema<CompletionRow>({
  name: "Completion",
  tableName: "completions",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    taskId: { name: "task_id", type: "bigint", nullable: true },
    titleSnapshot: { name: "title_snapshot", type: "text" },
    date: { type: "date" },
    clientRequestId: { name: "client_request_id", type: "uuid", nullable: true, unique: true },
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
  },
  relations: {
    task: {
      type: "many-to-one",
      target: "Task",
      joinColumn: { name: "task_id", foreignKeyConstraintName: "completions_task_id_fkey" },
      onDelete: "SET NULL",
      nullable: true,
    },
  },
  indices: [
    { name: "completions_task_date_idx", columns: ["taskId", "date"] },
    { name: "completions_date_idx", columns: ["date"] },
  ],
});
