import { z } from "zod";
import {
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DAY,
  PERIODS,
  isSupportedIsoDate,
} from "@/domain/calendar";
import { MAX_DAILY_KCAL } from "@/domain/calories";
import { IMPORT_MODES, REPLACE_CONFIRMATION } from "@/domain/data/import";
import { MAX_DIARY_CONTENT_LENGTH } from "@/domain/diary";
import { TARGET_MAX, TITLE_MAX_LENGTH, UNIT_MAX_LENGTH } from "@/domain/tasks";
import { MAX_WEIGHT_KG } from "@/domain/weight";
import { isoDaySchema } from "./day";
import { storableString } from "./text";

/** The one export document: what "Download everything" gives and what import accepts. */
export const EXPORT_FORMAT = "tracker-export";
/** Raise it when the document's shape changes, and add an upgrade from the old version. */
export const EXPORT_FORMAT_VERSION = 1;

const idSchema = z.string().regex(/^[1-9]\d{0,17}$/, 'Use an id of digits, such as "12".');
const instantSchema = z.iso
  .datetime({ offset: true, error: "Use a time such as 2026-03-01T08:30:00.000Z." })
  .refine((instant) => isSupportedIsoDate(instant.slice(0, 10)), {
    error: `Use a time from ${FIRST_SUPPORTED_DAY} to ${LAST_SUPPORTED_DAY}.`,
  });

/** PostgreSQL counts characters (code points); JavaScript's length counts UTF-16 units. */
function codePoints(text: string): number {
  return [...text].length;
}

/** Imported text with a NUL or a lone surrogate is refused like typed text, not cleaned. */
const storableText = storableString({ error: "Give this as text." });

function boundedText(max: number, what: string) {
  return storableText.refine(
    (text) => text.trim() !== "" && codePoints(text) <= max,
    `The ${what} must have 1 to ${max} characters and not be blank.`,
  );
}

export const exportedTaskSchema = z
  .object({
    id: idSchema,
    title: boundedText(TITLE_MAX_LENGTH, "title"),
    unit: boundedText(UNIT_MAX_LENGTH, "unit").nullable(),
    period: z.enum(PERIODS, { error: "Use daily, weekly, monthly or once as the period." }),
    targetCount: z.number().int().min(1).max(TARGET_MAX, `Use a target from 1 to ${TARGET_MAX}.`),
    active: z.boolean(),
    sortOrder: z.number().int().min(-2_147_483_648).max(2_147_483_647),
    scheduledDate: isoDaySchema.nullable(),
    createdAt: instantSchema,
    archivedAt: instantSchema.nullable(),
  })
  .refine((task) => (task.period === "once") === (task.scheduledDate !== null), {
    error: "A once task needs a scheduled date, and only a once task has one.",
  });

export const exportedCompletionSchema = z.object({
  id: idSchema,
  /** null: the task was deleted; the title snapshot keeps the history readable. */
  taskId: idSchema.nullable(),
  titleSnapshot: boundedText(TITLE_MAX_LENGTH, "title snapshot"),
  date: isoDaySchema,
  createdAt: instantSchema,
});

export const exportedCaloriesSchema = z.object({
  date: isoDaySchema,
  calories: z.number().int().min(0).max(MAX_DAILY_KCAL, `Use 0 to ${MAX_DAILY_KCAL} kcal.`),
});

/** Four decimals is what the database keeps (numeric(8,4)); more would not round-trip. */
function hasAtMostFourDecimals(kg: number): boolean {
  return Math.abs(Math.round(kg * 10_000) / 10_000 - kg) < 1e-9;
}

export const exportedWeightSchema = z.object({
  date: isoDaySchema,
  weightKg: z
    .number()
    .gt(0, `Use a weight above 0 and below ${MAX_WEIGHT_KG} kg.`)
    .lt(MAX_WEIGHT_KG, `Use a weight above 0 and below ${MAX_WEIGHT_KG} kg.`)
    .refine(hasAtMostFourDecimals, { error: "Use at most 4 decimals for a weight in kg." }),
});

export const exportedDiarySchema = z.object({
  date: isoDaySchema,
  content: storableText.max(
    MAX_DIARY_CONTENT_LENGTH,
    `An entry holds at most ${MAX_DIARY_CONTENT_LENGTH} characters.`,
  ),
});

export type ExportedTask = z.infer<typeof exportedTaskSchema>;
export type ExportedCompletion = z.infer<typeof exportedCompletionSchema>;
export type ExportedCalories = z.infer<typeof exportedCaloriesSchema>;
export type ExportedWeight = z.infer<typeof exportedWeightSchema>;
export type ExportedDiary = z.infer<typeof exportedDiarySchema>;

/** The document, entity by entity; each list is sorted by its natural key. */
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  appVersion: string;
  /** Only the settings the owner stored; absent keys take their defaults. */
  settings: Record<string, unknown>;
  tasks: ExportedTask[];
  completions: ExportedCompletion[];
  calories: ExportedCalories[];
  weights: ExportedWeight[];
  diary: ExportedDiary[];
}

/** The entities of the document that hold rows, in the order they are written. */
export const EXPORT_ENTITIES = [
  "settings",
  "tasks",
  "completions",
  "calories",
  "weights",
  "diary",
] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];

/** The document's frame, checked before any row: rows are checked one by one after it. */
export const exportFrameSchema = z.object({
  format: z.literal(EXPORT_FORMAT, {
    error: 'This is not a Tracker export (its "format" is not "tracker-export").',
  }),
  formatVersion: z
    .number({ error: "The file does not say which format version it has." })
    .int()
    .min(1),
  exportedAt: instantSchema,
  appVersion: z.string(),
  settings: z.record(z.string(), z.unknown(), { error: '"settings" must be an object.' }),
  tasks: z.array(z.unknown(), { error: '"tasks" must be a list.' }),
  completions: z.array(z.unknown(), { error: '"completions" must be a list.' }),
  calories: z.array(z.unknown(), { error: '"calories" must be a list.' }),
  weights: z.array(z.unknown(), { error: '"weights" must be a list.' }),
  diary: z.array(z.unknown(), { error: '"diary" must be a list.' }),
});

/** What an import request says besides the file: the mode, its confirmation, or a backup. */
export const importRequestSchema = z
  .object({
    mode: z.enum(IMPORT_MODES, { error: "Choose merge or replace." }),
    confirm: z.string().optional(),
    /** Restore: import this local backup instead of an uploaded file. */
    backup: z.string().optional(),
  })
  .refine((request) => request.mode !== "replace" || request.confirm === REPLACE_CONFIRMATION, {
    error: `Type ${REPLACE_CONFIRMATION} to confirm that everything in Tracker is replaced.`,
    path: ["confirm"],
  });
export type ImportRequest = z.infer<typeof importRequestSchema>;
