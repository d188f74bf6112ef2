import { z } from "zod";
import { diaryContentSchema } from "@/domain/diary";
import { isoDaySchema } from "./day";

export const saveDiarySchema = z.object({ day: isoDaySchema, content: diaryContentSchema });
export type SaveDiaryInput = z.infer<typeof saveDiarySchema>;

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const diaryMonthSchema = z.string().regex(MONTH_PATTERN, { error: "Use YYYY-MM." });
