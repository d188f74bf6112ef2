import { kgToDisplay } from "@/domain/weight";
import { saveHealthSettingsAction } from "@/app/(app)/settings/health-actions";
import { getDataSource } from "@/server/db/data-source";
import { readSettings } from "@/server/settings/settings-store";
import { HealthSettingsForm } from "./health-settings-form";

/** Calorie goal, weight unit and goal weight. */
export async function HealthSettingsSection() {
  const settings = await readSettings(await getDataSource());
  const unit = settings.weightUnit;
  return (
    <section className="card stack" aria-labelledby="health-heading">
      <h2 id="health-heading">Calories and weight</h2>
      <HealthSettingsForm
        action={saveHealthSettingsAction}
        calorieGoal={settings.calorieGoal}
        weightUnit={unit}
        goalWeight={
          settings.goalWeightKg === null ? null : kgToDisplay(settings.goalWeightKg, unit)
        }
      />
    </section>
  );
}
