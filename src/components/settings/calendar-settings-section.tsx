/** Placeholder: the tasks issue fills in timezone, day-start hour and week-start day. */
export function CalendarSettingsSection() {
  return null;
}
