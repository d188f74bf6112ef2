import { z } from "zod";
import { formatKcal } from "@/domain/text";
import {
  hasAtMostOneDecimal,
  isWeightInRange,
  weightRangeMessage,
  WEIGHT_RANGES,
} from "@/domain/weight";
import { isoDaySchema } from "./day";
import { MAX_CALORIE_GOAL, MIN_CALORIE_GOAL } from "./settings";
import { typedNumber } from "./typed-number";
import { formBaseVersionSchema } from "./version";

/**
 * A weight as typed, at most one decimal. Its range depends on the owner's unit, so it is
 * checked with `isWeightInRange` where the unit is known (the goal form, the weigh-in service).
 */
export const weightDisplayValueSchema = z
  .number({ error: "Enter a weight." })
  .refine(hasAtMostOneDecimal, { error: "Use at most one decimal." });

export const weightUnitSchema = z.enum(["kg", "lb"]);

/**
 * A weigh-in as typed, in the owner's unit (the service converts it to kg), over the day's
 * version the form saw (`baseVersion`, 0: no weigh-in): when the day changed since, the save is
 * refused instead of overwriting it unseen. Forms always send it (`versionedForm`).
 */
export const saveWeightSchema = z.object({
  day: isoDaySchema,
  weight: typedNumber("decimal", weightDisplayValueSchema),
  baseVersion: formBaseVersionSchema.optional(),
});
export type SaveWeightInput = z.infer<typeof saveWeightSchema>;

export const weightDaySchema = z.object({ day: isoDaySchema });

export const weightRangeSchema = z.enum(WEIGHT_RANGES).catch("90d");

/**
 * The Settings page's health form: calorie goal, unit, goal weight in that unit (blank = none),
 * over the group's version the form loaded (`baseVersion`).
 */
export const healthSettingsSchema = z
  .object({
    calorieGoal: typedNumber(
      "whole",
      z
        .number({ error: "Enter a calorie goal." })
        .int({ error: "Enter whole calories." })
        .min(MIN_CALORIE_GOAL, { error: `Use at least ${formatKcal(MIN_CALORIE_GOAL)}.` })
        .max(MAX_CALORIE_GOAL, { error: `Use at most ${formatKcal(MAX_CALORIE_GOAL)}.` }),
    ),
    weightUnit: weightUnitSchema,
    goalWeight: typedNumber("decimal", weightDisplayValueSchema.optional()),
    baseVersion: formBaseVersionSchema.optional(),
  })
  .superRefine((input, context) => {
    if (input.goalWeight === undefined || isWeightInRange(input.goalWeight, input.weightUnit)) {
      return;
    }
    context.addIssue({
      code: "custom",
      message: weightRangeMessage(input.weightUnit),
      path: ["goalWeight"],
    });
  });
export type HealthSettingsInput = z.infer<typeof healthSettingsSchema>;
