import { z } from "zod";
import { isValidIsoDate, isoDateProblem } from "@/domain/calendar";

function dayProblem(input: unknown): string {
  const text = typeof input === "string" ? input : "";
  return (text === "" ? null : isoDateProblem(text)) ?? "Choose a day.";
}

/** The one calendar-day field of every feature: "YYYY-MM-DD", a day that exists. */
export const isoDaySchema = z
  .string({ error: "Choose a day." })
  .trim()
  .refine(isValidIsoDate, { error: (issue) => dayProblem(issue.input) });
