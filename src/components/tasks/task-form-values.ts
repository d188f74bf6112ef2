import type { Period } from "@/domain/calendar";

export interface TaskFormValues {
  taskId?: string;
  title: string;
  period: Period;
  targetCount: number;
  unit: string | null;
  scheduledDate: string | null;
  /** The task's version as loaded (editing only): the form saves over it. */
  version?: number;
}

export const PERIOD_LABELS: Record<Period, string> = {
  daily: "Every day",
  weekly: "Every week",
  monthly: "Every month",
  once: "Once (one-off task)",
};

export const EMPTY_TASK: TaskFormValues = {
  title: "",
  period: "daily",
  targetCount: 1,
  unit: null,
  scheduledDate: null,
};
