import { z } from "zod";
import { isSupportedIsoDate, isoDateProblem } from "@/domain/calendar";

function dayProblem(input: unknown): string {
  const text = typeof input === "string" ? input : "";
  return (text === "" ? null : isoDateProblem(text)) ?? "Choose a day.";
}

/**
 * The one calendar-day field of every feature: "YYYY-MM-DD", a day that exists, from
 * FIRST_SUPPORTED_DAY (1900-01-01) to LAST_SUPPORTED_DAY (9999-12-31).
 */
export const isoDaySchema = z
  .string({ error: "Choose a day." })
  .trim()
  .refine(isSupportedIsoDate, { error: (issue) => dayProblem(issue.input) });
