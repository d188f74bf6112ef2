"use server";

import { revalidatePath } from "next/cache";
import { displayToKg, kgToDisplay } from "@/domain/weight";
import { healthSettingsSchema } from "@/schemas/weight";
import { getDataSource } from "@/server/db/data-source";
import { ownerFormAction } from "@/server/http/owner-action";
import { readSettings, writeSettings } from "@/server/settings/settings-store";

/** Calorie goal, weight unit and goal weight (typed in the chosen unit, stored in kg). */
export const saveHealthSettingsAction = ownerFormAction(
  "saveHealthSettings",
  healthSettingsSchema,
  async (input) => {
    const db = await getDataSource();
    const current = await readSettings(db);
    const { goalWeight, weightUnit } = input;
    // An untouched goal keeps its stored kg, so switching units never drifts it.
    const unchanged =
      goalWeight !== undefined &&
      current.goalWeightKg !== null &&
      kgToDisplay(current.goalWeightKg, weightUnit) === goalWeight;
    const goalWeightKg =
      goalWeight === undefined
        ? null
        : unchanged
          ? current.goalWeightKg
          : displayToKg(goalWeight, weightUnit);
    await writeSettings(db, { calorieGoal: input.calorieGoal, weightUnit, goalWeightKg });
    revalidatePath("/", "layout");
    const goalText =
      goalWeightKg === null
        ? "no goal weight"
        : `goal ${kgToDisplay(goalWeightKg, weightUnit).toFixed(1)} ${weightUnit}`;
    return {
      ok: true,
      message: `Saved: ${input.calorieGoal.toLocaleString("en-US")} kcal a day, weights in ${weightUnit}, ${goalText}.`,
    };
  },
);
