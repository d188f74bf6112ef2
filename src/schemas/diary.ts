import { z } from "zod";
import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, isSupportedIsoDate } from "@/domain/calendar";
import { diaryTextProblem } from "@/domain/diary";
import { formatCount } from "@/domain/text";
import { isoDaySchema } from "./day";
import { storableString } from "./text";
import { baseVersionSchema } from "./version";

/** Length is counted in UTF-16 code units (JavaScript string length). */
export const diaryContentSchema = storableString({ error: "Write something in the diary." }).refine(
  (text) => diaryTextProblem(text) === null,
  {
    error: (issue) => diaryTextProblem(String(issue.input)) ?? "This entry is too long.",
  },
);

/** The version an editor last saw; 0 (or null) when there was no entry. */
export const diaryBaseVersionSchema = baseVersionSchema.nullable();

export const saveDiarySchema = z.object({
  day: isoDaySchema,
  content: diaryContentSchema,
  baseVersion: diaryBaseVersionSchema,
});
export type SaveDiaryInput = z.infer<typeof saveDiarySchema>;

/** A day's text as one version of it; version 0 and empty text when the day has no entry. */
export interface VersionedDiaryText {
  content: string;
  version: number;
}

/**
 * What the diary's save action answers: saved (with the new version), or refused because the
 * entry changed since the editor loaded it, with the text and version saved meanwhile.
 */
export type DiarySaveOutcome =
  | { saved: { day: string; savedAt: string; version: number } }
  | { conflict: VersionedDiaryText & { message: string } };

export const DIARY_LINE_MAX_LENGTH = 2000;

/** One line added to the day's entry from Today (appended on a new line). */
export const appendDiaryLineSchema = z.object({
  day: isoDaySchema,
  line: storableString({ error: "Write a line first." })
    .trim()
    .min(1, { error: "Write a line first." })
    .max(DIARY_LINE_MAX_LENGTH, {
      error: `A line holds at most ${formatCount(DIARY_LINE_MAX_LENGTH)} characters; open the full entry for more.`,
    }),
});
export type AppendDiaryLineInput = z.infer<typeof appendDiaryLineSchema>;

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A month whose first day is a supported day (1900-01 to 9999-12). */
export const diaryMonthSchema = z
  .string()
  .regex(MONTH_PATTERN, { error: "Use YYYY-MM." })
  .refine((month) => isSupportedIsoDate(`${month}-01`), {
    error: `Choose a month from ${FIRST_SUPPORTED_DAY.slice(0, 7)} to ${LAST_SUPPORTED_DAY.slice(0, 7)}.`,
  });
