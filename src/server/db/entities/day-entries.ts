import { EntitySchema } from "typeorm";

/** Calories eaten on one calendar day (one total per day). */
export interface CalorieEntryRow {
  date: string;
  calories: number;
  /** Moves on every change (migration RecordVersions), so a stale form's save is refused. */
  version: number;
  updatedAt: Date;
}

/** Weight on one calendar day, stored in kilograms (numeric comes back from pg as a string). */
export interface WeightEntryRow {
  date: string;
  weightKg: string;
  /** Moves on every change (migration RecordVersions), so a stale form's save is refused. */
  version: number;
  updatedAt: Date;
}

/** The diary text of one calendar day; `version` moves on every change (migration DiaryVersion). */
export interface DiaryEntryRow {
  date: string;
  content: string;
  version: number;
  updatedAt: Date;
}

const updatedAt = { name: "updated_at", type: "timestamptz", updateDate: true } as const;
export const version = { type: "integer", default: 1 } as const;

export const CalorieEntryEntity = new EntitySchema<CalorieEntryRow>({
  name: "CalorieEntry",
  tableName: "calorie_entries",
  columns: {
    date: { type: "date", primary: true },
    calories: { type: "integer" },
    version,
    updatedAt,
  },
  checks: [{ name: "calorie_entries_range", expression: "calories BETWEEN 0 AND 20000" }],
});

export const WeightEntryEntity = new EntitySchema<WeightEntryRow>({
  name: "WeightEntry",
  tableName: "weight_entries",
  columns: {
    date: { type: "date", primary: true },
    weightKg: { name: "weight", type: "numeric", precision: 8, scale: 4 },
    version,
    updatedAt,
  },
  checks: [{ name: "weight_entries_range", expression: "weight > 0 AND weight < 1000" }],
});

export const DiaryEntryEntity = new EntitySchema<DiaryEntryRow>({
  name: "DiaryEntry",
  tableName: "diary_entries",
  columns: {
    date: { type: "date", primary: true },
    content: { type: "text" },
    version,
    updatedAt,
  },
});
