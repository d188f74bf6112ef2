import { z } from "zod";
import { calorieAddSchema, calorieTotalSchema } from "@/domain/calories";
import { isIsoDay } from "@/domain/weight/iso-day";

/** A calendar day as the date inputs send it; the services also refuse days after today. */
export const entryDateSchema = z
  .string({ error: "Choose a day." })
  .refine(isIsoDay, { error: "Choose a valid day (YYYY-MM-DD)." });

/** Form fields arrive as text; blank stays blank so the number schema can say what is missing. */
const wholeNumber = (schema: z.ZodNumber) =>
  z.preprocess((value) => {
    if (typeof value !== "string") return value;
    return value.trim() === "" ? undefined : Number(value.trim());
  }, schema);

export const calorieDaySchema = z.object({ date: entryDateSchema });

export const quickAddCaloriesSchema = z.object({
  date: entryDateSchema,
  kcal: wholeNumber(calorieAddSchema),
});
export type QuickAddCaloriesInput = z.infer<typeof quickAddCaloriesSchema>;

export const setCaloriesSchema = z.object({
  date: entryDateSchema,
  kcal: wholeNumber(calorieTotalSchema),
});
export type SetCaloriesInput = z.infer<typeof setCaloriesSchema>;

export const CALORIE_QUICK_ADDS = [100, 250, 500] as const;
