/** Placeholder: the calories/weight issue fills in calorie goal, goal weight and unit. */
export function HealthSettingsSection() {
  return null;
}
