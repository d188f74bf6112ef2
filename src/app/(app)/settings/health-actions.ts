"use server";

import { revalidatePath } from "next/cache";
import { formatKcal } from "@/domain/text";
import { healthSettingsSchema } from "@/schemas/weight";
import { ownerFormAction } from "@/server/http/owner-action";
import { saveHealthSettings } from "@/server/services/settings/owner-settings";

/** Calorie goal, weight unit and goal weight (typed in the chosen unit, stored in kg). */
export const saveHealthSettingsAction = ownerFormAction(
  "saveHealthSettings",
  healthSettingsSchema,
  async (input, { db }) => {
    const { calorieGoal, weightUnit, goalWeightShown } = await saveHealthSettings(db, input);
    revalidatePath("/", "layout");
    const goalText =
      goalWeightShown === null
        ? "no goal weight"
        : `goal ${goalWeightShown.toFixed(1)} ${weightUnit}`;
    return {
      ok: true,
      message: `Saved: ${formatKcal(calorieGoal)} a day, weights in ${weightUnit}, ${goalText}.`,
    };
  },
);
