import { EntitySchema } from "typeorm";
import type { TaskFields } from "@/types/tasks";
import { version } from "./day-entries";

export interface TaskRow extends TaskFields {
  /** When it was archived; null while active. */
  archivedAt: Date | null;
  /** Moves when a field the owner edits changes, not on reordering (migration RecordVersions). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const TaskEntity = new EntitySchema<TaskRow>({
  name: "Task",
  tableName: "tasks",
  columns: {
    id: { type: "bigint", primary: true, generated: "increment" },
    title: { type: "text" },
    unit: { type: "text", nullable: true },
    period: { type: "text" },
    targetCount: { name: "target_count", type: "integer", default: 1 },
    active: { type: "boolean", default: true },
    sortOrder: { name: "sort_order", type: "integer", default: 0 },
    scheduledDate: { name: "scheduled_date", type: "date", nullable: true },
    archivedAt: { name: "archived_at", type: "timestamptz", nullable: true },
    version,
    createdAt: { name: "created_at", type: "timestamptz", createDate: true },
    updatedAt: { name: "updated_at", type: "timestamptz", updateDate: true },
  },
  // The migrations' CHECK constraints, by name, so the entities describe the whole table.
  checks: [
    { name: "tasks_title_length", expression: "char_length(title) BETWEEN 1 AND 200" },
    { name: "tasks_unit_length", expression: "char_length(unit) BETWEEN 1 AND 40" },
    { name: "tasks_period_known", expression: "period IN ('daily', 'weekly', 'monthly', 'once')" },
    { name: "tasks_target_range", expression: "target_count BETWEEN 1 AND 1000" },
    { name: "tasks_once_has_date", expression: "(period = 'once') = (scheduled_date IS NOT NULL)" },
  ],
  indices: [
    { name: "tasks_sort_active_scheduled_idx", columns: ["sortOrder", "active", "scheduledDate"] },
  ],
});
