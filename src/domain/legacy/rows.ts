import { z } from "zod";
import {
  legacyBooleanSchema,
  legacyDaySchema,
  legacyIdSchema,
  legacyIntegerSchema,
  legacyNumberSchema,
  legacyTextSchema,
  optionalLegacyInstantSchema,
} from "./values";

/**
 * One zod schema per old table, keyed by the old camelCase column names. Each turns a SQLite
 * row into the value the import writes; unknown columns are left out here and reported by the
 * reader. A row that fails its schema stops the import with the table, row and column.
 */

const nullableText = legacyTextSchema.nullish().transform((v) => v ?? null);
const textOrNumber = z.union([z.string(), z.number()]).transform((v) => String(v));

/** bcrypt hashes ($2a$, $2b$, $2y$): the new app checks them with bcryptjs as they are. */
const bcryptHashSchema = z
  .string()
  .regex(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/, "is not a bcrypt hash");

export const legacyUserSchema = z.object({
  id: legacyIdSchema,
  passwordHash: bcryptHashSchema,
  createdAt: optionalLegacyInstantSchema,
});

export const LEGACY_PERIODS = ["daily", "weekly", "monthly", "once"] as const;

export const legacyTaskSchema = z.object({
  id: legacyIdSchema,
  title: legacyTextSchema,
  period: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(LEGACY_PERIODS, { error: "is not daily, weekly, monthly or once" })),
  targetCount: legacyIntegerSchema.nullish().transform((v) => v ?? 1),
  active: legacyBooleanSchema.nullish().transform((v) => v ?? true),
  sortOrder: legacyIntegerSchema.nullish().transform((v) => v ?? 0),
  scheduledDate: z
    .union([z.literal(""), legacyDaySchema])
    .nullish()
    .transform((v) => (v ? v : null)),
  createdAt: optionalLegacyInstantSchema,
});

export const legacyCompletionSchema = z.object({
  id: legacyIdSchema,
  taskId: legacyIdSchema.nullish().transform((v) => v ?? null),
  titleSnapshot: nullableText,
  date: legacyDaySchema,
  createdAt: optionalLegacyInstantSchema,
});

export const legacyCalorieSchema = z.object({
  date: legacyDaySchema,
  calories: legacyNumberSchema.pipe(
    z
      .number()
      .transform(Math.round)
      .pipe(z.number().int().min(0, "is below 0").max(20_000, "is above 20,000 kcal")),
  ),
});

export const legacyWeightSchema = z.object({
  date: legacyDaySchema,
  weight: legacyNumberSchema.pipe(
    z.number().positive("is not above 0 kg").lt(1000, "is not below 1,000 kg"),
  ),
});

export const legacyDiarySchema = z.object({
  date: legacyDaySchema,
  content: nullableText.transform((v) => v ?? ""),
});

export const legacySettingSchema = z.object({
  key: z.string().min(1),
  value: z.union([textOrNumber, z.null()]),
});

export type LegacyUser = z.infer<typeof legacyUserSchema>;
export type LegacyTask = z.infer<typeof legacyTaskSchema>;
export type LegacyCompletion = z.infer<typeof legacyCompletionSchema>;
export type LegacyCalorie = z.infer<typeof legacyCalorieSchema>;
export type LegacyWeight = z.infer<typeof legacyWeightSchema>;
export type LegacyDiary = z.infer<typeof legacyDiarySchema>;
export type LegacySetting = z.infer<typeof legacySettingSchema>;

/** The seven old tables, with the columns each one had (anything else is reported). */
export const LEGACY_TABLES = {
  users: { schema: legacyUserSchema, columns: ["id", "passwordHash", "createdAt"] },
  tasks: {
    schema: legacyTaskSchema,
    columns: [
      "id",
      "title",
      "period",
      "targetCount",
      "active",
      "sortOrder",
      "scheduledDate",
      "createdAt",
    ],
  },
  completions: {
    schema: legacyCompletionSchema,
    columns: ["id", "taskId", "titleSnapshot", "date", "createdAt"],
  },
  calorie_entries: { schema: legacyCalorieSchema, columns: ["date", "calories"] },
  weight_entries: { schema: legacyWeightSchema, columns: ["date", "weight"] },
  diary_entries: { schema: legacyDiarySchema, columns: ["date", "content"] },
  settings: { schema: legacySettingSchema, columns: ["key", "value"] },
} as const;

export type LegacyTableName = keyof typeof LEGACY_TABLES;
export const LEGACY_TABLE_NAMES = Object.keys(LEGACY_TABLES) as LegacyTableName[];
