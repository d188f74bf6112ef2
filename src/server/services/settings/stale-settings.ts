import { dayStartTime, WEEKDAY_NAMES } from "@/domain/calendar/calendar-labels";
import { formatKcal } from "@/domain/text";
import { kgToDisplay } from "@/domain/weight";
import type { Settings } from "@/schemas/settings";
import { StaleEditError } from "../../http/stale-edit";
import type { SettingGroup } from "../../settings/setting-groups";

function dayStart(hour: number): string {
  return hour === 0 ? "midnight" : dayStartTime(hour);
}

/** What each group holds now, as the sentence after "changed in another tab or device:". */
const DESCRIBE: Record<SettingGroup, (settings: Settings) => string> = {
  calendar: (settings) =>
    `Calendar settings were changed in another tab or device: the time zone is now ` +
    `${settings.timeZone}, a new day starts at ${dayStart(settings.dayStartHour)} and weeks ` +
    `start on ${WEEKDAY_NAMES[settings.weekStartsOn] ?? "Monday"}. Save again to replace them.`,
  health: (settings) => {
    const unit = settings.weightUnit;
    const goal =
      settings.goalWeightKg === null
        ? "no goal weight"
        : `a goal of ${kgToDisplay(settings.goalWeightKg, unit).toFixed(1)} ${unit}`;
    return (
      `Calorie and weight settings were changed in another tab or device: they are now ` +
      `${formatKcal(settings.calorieGoal)} a day, weights in ${unit} and ${goal}. ` +
      `Save again to replace them.`
    );
  },
  theme: (settings) =>
    `The theme was changed in another tab or device: it is now ${settings.theme}. ` +
    `Save again to replace it.`,
};

/** A group save made from an older version: what the group holds now, and its version. */
export function staleSettings(group: SettingGroup, current: Settings, version: number) {
  return new StaleEditError(DESCRIBE[group](current), version);
}
