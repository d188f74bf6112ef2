import { z } from "zod";
import { diaryTextProblem } from "@/domain/diary";
import { formatCount } from "@/domain/text";
import { isoDaySchema } from "./day";

/** Length is counted in UTF-16 code units (JavaScript string length). */
export const diaryContentSchema = z
  .string({ error: "Write something in the diary." })
  .refine((text) => diaryTextProblem(text) === null, {
    error: (issue) => diaryTextProblem(String(issue.input)) ?? "This entry is too long.",
  });

export const saveDiarySchema = z.object({ day: isoDaySchema, content: diaryContentSchema });
export type SaveDiaryInput = z.infer<typeof saveDiarySchema>;

export const DIARY_LINE_MAX_LENGTH = 2000;

/** One line added to the day's entry from Today (appended on a new line). */
export const appendDiaryLineSchema = z.object({
  day: isoDaySchema,
  line: z
    .string({ error: "Write a line first." })
    .trim()
    .min(1, { error: "Write a line first." })
    .max(DIARY_LINE_MAX_LENGTH, {
      error: `A line holds at most ${formatCount(DIARY_LINE_MAX_LENGTH)} characters; open the full entry for more.`,
    }),
});
export type AppendDiaryLineInput = z.infer<typeof appendDiaryLineSchema>;

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const diaryMonthSchema = z.string().regex(MONTH_PATTERN, { error: "Use YYYY-MM." });
