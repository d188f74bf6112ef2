"use server";

import { revalidatePath } from "next/cache";
import { formatFixed, formatKcal } from "@/domain/text";
import { versionedForm } from "@/schemas/version";
import { healthSettingsSchema } from "@/schemas/weight";
import { ownerFormAction } from "@/server/http/owner-action";
import { getRequestLocale } from "@/server/http/request-locale";
import { saveHealthSettings } from "@/server/services/settings/owner-settings";

/** Calorie goal, weight unit and goal weight (typed in the chosen unit, stored in kg). */
export const saveHealthSettingsAction = ownerFormAction(
  "saveHealthSettings",
  versionedForm(healthSettingsSchema),
  async (input, { db }) => {
    const saved = await saveHealthSettings(db, input);
    const { calorieGoal, weightUnit, goalWeightShown, version } = saved;
    revalidatePath("/", "layout");
    const locale = await getRequestLocale();
    const goalText =
      goalWeightShown === null
        ? "no goal weight"
        : `goal ${formatFixed(goalWeightShown, 1, locale)} ${weightUnit}`;
    const calories = formatKcal(calorieGoal, locale);
    return {
      ok: true,
      message: `Saved: ${calories} a day, weights in ${weightUnit}, ${goalText}.`,
      version,
    };
  },
);
