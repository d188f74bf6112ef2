import type { z } from "zod";
import {
  EXPORT_FORMAT_VERSION,
  exportFrameSchema,
  exportedCaloriesSchema,
  exportedCompletionSchema,
  exportedDiarySchema,
  exportedTaskSchema,
  exportedWeightSchema,
  type ExportDocument,
  type ExportEntity,
} from "@/schemas/data-export";
import { settingsPatchSchema, type SettingsPatch } from "@/schemas/settings";
import { issuesMessage } from "@/schemas/form-state";
import type { RejectedRow } from "@/types/data";
import { UserError } from "../../http/user-error";
import { upgradeDocument } from "./format-upgrades";

/** A document whose every row passed, ready to write. */
export interface ParsedDocument {
  formatVersion: number;
  settings: SettingsPatch;
  tasks: ExportDocument["tasks"];
  completions: ExportDocument["completions"];
  calories: ExportDocument["calories"];
  weights: ExportDocument["weights"];
  diary: ExportDocument["diary"];
  rowCount: number;
}

/** Thrown when rows were refused: nothing is written and the owner sees every reason. */
export class RejectedRowsError extends UserError {
  constructor(readonly rejected: RejectedRow[]) {
    super(
      `${rejected.length} row(s) in the file cannot be imported, so nothing was imported. ` +
        "Each one is listed with its reason.",
      422,
    );
    this.name = "RejectedRowsError";
  }
}

function keyOf(row: unknown, field: string): string | null {
  if (typeof row !== "object" || row === null) return null;
  const value = (row as Record<string, unknown>)[field];
  return typeof value === "string" ? value : null;
}

function parseRows<S extends z.ZodType>(
  entity: ExportEntity,
  rows: unknown[],
  schema: S,
  keyField: string,
  rejected: RejectedRow[],
): Array<z.infer<S>> {
  const parsed: Array<z.infer<S>> = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = keyOf(row, keyField);
    const result = schema.safeParse(row);
    if (!result.success) {
      rejected.push({ entity, index, key, reason: issuesMessage(result.error) });
    } else if (key !== null && seen.has(key)) {
      rejected.push({ entity, index, key, reason: `Another row has the same ${keyField} ${key}.` });
    } else {
      if (key !== null) seen.add(key);
      parsed.push(result.data as z.infer<S>);
    }
  });
  return parsed;
}

function parseSettings(raw: Record<string, unknown>, rejected: RejectedRow[]): SettingsPatch {
  const patch: Record<string, unknown> = {};
  const fields = settingsPatchSchema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(raw)) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!field) {
      rejected.push({
        entity: "settings",
        index: null,
        key,
        reason: "Tracker has no such setting.",
      });
      continue;
    }
    const result = field.safeParse(value);
    if (result.success) patch[key] = result.data;
    else
      rejected.push({ entity: "settings", index: null, key, reason: issuesMessage(result.error) });
  }
  return patch as SettingsPatch;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(
      "This file is not a complete JSON document (it may be cut short or not an export). Nothing was imported.",
      400,
    );
  }
}

/**
 * Checks a whole export before anything is written: its frame, its format version (older ones
 * are upgraded, newer ones refused) and every row. Throws RejectedRowsError listing every row
 * that fails, so an import is all or nothing.
 */
export function parseExportDocument(text: string): ParsedDocument {
  const upgraded = upgradeDocument(parseJson(text), EXPORT_FORMAT_VERSION);
  const frame = exportFrameSchema.safeParse(upgraded);
  if (!frame.success)
    throw new UserError(`${issuesMessage(frame.error)} Nothing was imported.`, 422);
  const doc = frame.data;
  const rejected: RejectedRow[] = [];
  const parsed: ParsedDocument = {
    formatVersion: doc.formatVersion,
    settings: parseSettings(doc.settings, rejected),
    tasks: parseRows("tasks", doc.tasks, exportedTaskSchema, "id", rejected),
    completions: parseRows(
      "completions",
      doc.completions,
      exportedCompletionSchema,
      "id",
      rejected,
    ),
    calories: parseRows("calories", doc.calories, exportedCaloriesSchema, "date", rejected),
    weights: parseRows("weights", doc.weights, exportedWeightSchema, "date", rejected),
    diary: parseRows("diary", doc.diary, exportedDiarySchema, "date", rejected),
    rowCount: 0,
  };
  if (rejected.length > 0) throw new RejectedRowsError(rejected);
  parsed.rowCount =
    Object.keys(parsed.settings).length +
    parsed.tasks.length +
    parsed.completions.length +
    parsed.calories.length +
    parsed.weights.length +
    parsed.diary.length;
  return parsed;
}
