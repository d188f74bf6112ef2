import { EntitySchema } from "typeorm";

export type TaskPeriod = "daily" | "weekly" | "monthly" | "once";

export interface TaskRow {
  id: string;
  title: string;
  period: TaskPeriod;
  targetCount: number;
  active: boolean;
  sortOrder: number;
  /** Calendar day (YYYY-MM-DD); set exactly when period is "once". */
  scheduledDate: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const TaskEntity = new EntitySchema<TaskRow>({
  name: "Task",
  tableName: "tasks",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    title: { type: "text" },
    period: { type: "text" },
    targetCount: { name: "target_count", type: "integer", default: 1 },
    active: { type: "boolean", default: true },
    sortOrder: { name: "sort_order", type: "integer", default: 0 },
    scheduledDate: { name: "scheduled_date", type: "date", nullable: true },
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
    updatedAt: { name: "updated_at", type: "timestamptz", updateDate: true },
  },
});
