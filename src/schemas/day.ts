import { z } from "zod";
import { isValidIsoDate } from "@/domain/calendar";

/** The one calendar-day field of every feature: "YYYY-MM-DD", a day that exists. */
export const isoDaySchema = z
  .string({ error: "Choose a day." })
  .trim()
  .refine(isValidIsoDate, { error: "Choose a valid day (YYYY-MM-DD)." });
