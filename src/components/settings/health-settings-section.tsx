import { kgToDisplay } from "@/domain/weight";
import type { FormAction } from "@/schemas/form-state";
import type { Settings } from "@/schemas/settings";
import { HealthSettingsForm } from "./health-settings-form";

/** Calorie goal, weight unit and goal weight. */
export function HealthSettingsSection(props: {
  settings: Settings;
  /** The health group's version as loaded: the form saves over it. */
  version: number;
  action: FormAction;
}) {
  const { settings } = props;
  const unit = settings.weightUnit;
  return (
    <section className="card stack" aria-labelledby="health-heading">
      <h2 id="health-heading">Calories and weight</h2>
      <HealthSettingsForm
        action={props.action}
        version={props.version}
        calorieGoal={settings.calorieGoal}
        weightUnit={unit}
        goalWeight={
          settings.goalWeightKg === null ? null : kgToDisplay(settings.goalWeightKg, unit)
        }
      />
    </section>
  );
}
