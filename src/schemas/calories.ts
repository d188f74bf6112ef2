import { z } from "zod";
import { calorieAddSchema, calorieTotalSchema } from "@/domain/calories";
import { isoDaySchema } from "./day";

/** Form fields arrive as text; blank stays blank so the number schema can say what is missing. */
const wholeNumber = (schema: z.ZodNumber) =>
  z.preprocess((value) => {
    if (typeof value !== "string") return value;
    return value.trim() === "" ? undefined : Number(value.trim());
  }, schema);

export const calorieDaySchema = z.object({ day: isoDaySchema });

export const quickAddCaloriesSchema = z.object({
  day: isoDaySchema,
  kcal: wholeNumber(calorieAddSchema),
});
export type QuickAddCaloriesInput = z.infer<typeof quickAddCaloriesSchema>;

export const setCaloriesSchema = z.object({
  day: isoDaySchema,
  kcal: wholeNumber(calorieTotalSchema),
});
export type SetCaloriesInput = z.infer<typeof setCaloriesSchema>;

/**
 * Undo of a quick add or a clear: put the day back to `restore` (null: no total) if it still
 * holds `expected` (null: no total), so an undo never overwrites a newer change.
 */
export const restoreCaloriesSchema = z.object({
  day: isoDaySchema,
  expected: calorieTotalSchema.nullable(),
  restore: calorieTotalSchema.nullable(),
});
export type RestoreCaloriesInput = z.infer<typeof restoreCaloriesSchema>;
