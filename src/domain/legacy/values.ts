import { z } from "zod";
import {
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DAY,
  isSupportedIsoDate,
  type IsoDate,
} from "@/domain/calendar";
import { isStorableText } from "@/domain/text";

/**
 * The old app's column values. SQLite is loosely typed, so each schema accepts every form the
 * old app wrote and turns it into one value: booleans were 0/1, days "YYYY-MM-DD" text, and
 * instants one of three forms (see `parseLegacyInstant`).
 */

const SQLITE_DATETIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)$/;
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const INTEGER_TEXT = /^-?\d+$/;
/** Epoch values below this are seconds, not milliseconds (1e11 ms is March 1973). */
const SECONDS_LIMIT = 1e11;

/** A readable instant on a day Tracker keeps (PostgreSQL has no year 0), else null. */
function supportedInstant(date: Date): Date | null {
  if (Number.isNaN(date.getTime())) return null;
  return isSupportedIsoDate(date.toISOString().slice(0, 10)) ? date : null;
}

function fromEpoch(value: number): Date | null {
  if (!Number.isFinite(value) || !Number.isInteger(value)) return null;
  return supportedInstant(new Date(Math.abs(value) < SECONDS_LIMIT ? value * 1000 : value));
}

function fromText(text: string): Date | null {
  const trimmed = text.trim();
  if (INTEGER_TEXT.test(trimmed)) return fromEpoch(Number(trimmed));
  const sqlite = SQLITE_DATETIME.exec(trimmed);
  let iso: string | null = null;
  if (sqlite) iso = `${sqlite[1]}T${sqlite[2]}Z`;
  else if (ISO_WITH_ZONE.test(trimmed)) iso = trimmed;
  else if (ISO_WITHOUT_ZONE.test(trimmed)) iso = `${trimmed}Z`;
  if (!iso || !isSupportedIsoDate(iso.slice(0, 10))) return null;
  return supportedInstant(new Date(iso));
}

/**
 * An instant in any form the old app stored: SQLite `datetime('now')` text
 * ("2024-03-01 12:34:56", UTC), ISO-8601 text (without a zone it is read as UTC), or epoch
 * milliseconds as an integer (small integers are epoch seconds). Null when it is none of them.
 */
export function parseLegacyInstant(value: unknown): Date | null {
  if (typeof value === "number") return fromEpoch(value);
  if (typeof value === "bigint") return fromEpoch(Number(value));
  if (typeof value === "string") return fromText(value);
  return null;
}

/** SQLite's booleans: 0/1 (as numbers or text), and "true"/"false" from hand-edited files. */
export function parseLegacyBoolean(value: unknown): boolean | null {
  if (value === 1 || value === true || value === 1n) return true;
  if (value === 0 || value === false || value === 0n) return false;
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  if (text === "1" || text === "true") return true;
  if (text === "0" || text === "false") return false;
  return null;
}

export const legacyInstantSchema = z.unknown().transform((value, context): Date => {
  const instant = parseLegacyInstant(value);
  if (instant) return instant;
  context.addIssue({ code: "custom", message: "is not a date and time" });
  return z.NEVER;
});

/** An instant that may be missing (null, or no such column) but, when present, must be readable. */
export const optionalLegacyInstantSchema = legacyInstantSchema
  .nullish()
  .transform((value): Date | null => value ?? null);

export const legacyBooleanSchema = z.unknown().transform((value, context): boolean => {
  const parsed = parseLegacyBoolean(value);
  if (parsed !== null) return parsed;
  context.addIssue({ code: "custom", message: "is not 0 or 1" });
  return z.NEVER;
});

export const legacyDaySchema = z
  .string()
  .trim()
  .refine(
    (value) => isSupportedIsoDate(value),
    `is not a day from ${FIRST_SUPPORTED_DAY} to ${LAST_SUPPORTED_DAY} (YYYY-MM-DD)`,
  )
  .transform((value): IsoDate => value);

/** Old text the database can store: a NUL or a lone surrogate stops the import, as typed text. */
export const legacyTextSchema = z
  .string()
  .refine(isStorableText, "holds a NUL character or half of an emoji, which cannot be stored");

/** Integer ids: SQLite hands them back as numbers; text ids from hand edits are accepted. */
export const legacyIdSchema = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/^\d+$/)
    .transform((value) => Number(value)),
]);

export const legacyIntegerSchema = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/)
    .transform((value) => Number(value)),
]);

export const legacyNumberSchema = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform((value) => Number(value)),
]);
