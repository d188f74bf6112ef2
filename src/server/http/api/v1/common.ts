import { z } from "zod";
import { isoDaySchema } from "@/schemas/day";
import { typedNumber } from "@/schemas/typed-number";
import { versionNumberSchema } from "@/schemas/version";

/** A calendar day in a path: "YYYY-MM-DD", a day that exists. */
export const dateParams = z.object({
  date: isoDaySchema.meta({ description: "A calendar day, YYYY-MM-DD.", example: "2026-12-04" }),
});

/** A day in an answer. */
export const dayField = z.string().meta({ format: "date", example: "2026-12-04" });

/** An instant in an answer (UTC). */
export const instantField = z.string().meta({ format: "date-time" });

const VERSION_PROBLEM = "Send baseVersion as the version you last read: a whole number (0: none).";
const VERSION_MEANING = "The version you last read (0: none); 409 if the record changed since.";

const version = versionNumberSchema(VERSION_PROBLEM);

/**
 * The version a write is made over, as last read (0: the record did not exist). A write over an
 * older version is refused with 409 and the current version; without it the write simply wins.
 */
export const baseVersionField = version.optional().meta({ description: VERSION_MEANING });

/** A removal over a version, given in the query string. */
export const baseVersionQuery = z.object({
  baseVersion: typedNumber("whole", version, VERSION_PROBLEM)
    .optional()
    .meta({ description: VERSION_MEANING }),
});

export const versionField = z.number().int().meta({ description: "Send back as baseVersion." });

/** One page of a list, newest first. */
export function pageOf<S extends z.ZodType>(item: S, id: string) {
  return z
    .object({
      items: z.array(item),
      next: dayField
        .nullable()
        .meta({ description: "Pass as `before` for the next page; null: this is the last." }),
    })
    .meta({ id });
}

export const deletedSchema = z
  .object({ deleted: z.boolean().meta({ description: "False: there was nothing to delete." }) })
  .meta({ id: "Deleted" });
