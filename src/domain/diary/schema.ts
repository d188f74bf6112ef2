import { z } from "zod";

export const MAX_DIARY_CONTENT_LENGTH = 100_000;

/** Length is counted in UTF-16 code units (JavaScript string length). */
export const diaryContentSchema = z
  .string({ error: "Write something in the diary." })
  .max(MAX_DIARY_CONTENT_LENGTH, {
    error: `A diary entry can hold at most ${MAX_DIARY_CONTENT_LENGTH} characters.`,
  });
