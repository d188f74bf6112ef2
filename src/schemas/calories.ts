import { z } from "zod";
import { calorieAddSchema, calorieTotalSchema } from "@/domain/calories";
import { isoDaySchema } from "./day";
import { typedNumber } from "./typed-number";
import { formBaseVersionSchema } from "./version";

export const calorieDaySchema = z.object({ day: isoDaySchema });

export const quickAddCaloriesSchema = z.object({
  day: isoDaySchema,
  kcal: typedNumber("whole", calorieAddSchema),
});
export type QuickAddCaloriesInput = z.infer<typeof quickAddCaloriesSchema>;

/** Setting a day's total over the version the form saw (forms always send it: `versionedForm`). */
export const setCaloriesSchema = z.object({
  day: isoDaySchema,
  kcal: typedNumber("whole", calorieTotalSchema),
  baseVersion: formBaseVersionSchema.optional(),
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
