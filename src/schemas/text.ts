import { z } from "zod";
import { unstorableTextProblem } from "@/domain/text";

/**
 * The start of every text field: a string PostgreSQL can store, so a NUL character or a lone
 * surrogate is refused with a sentence instead of failing in the database. Chain trims and
 * length rules after it.
 */
export function storableString(params?: { error: string }) {
  return z.string(params).refine((text) => unstorableTextProblem(text) === null, {
    error: (issue) => unstorableTextProblem(String(issue.input)) ?? "This text cannot be saved.",
  });
}
