/** The weekdays by `weekStartsOn` number (0 = Sunday), as the calendar settings name them. */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** The clock time a day starts at, from its `dayStartHour`: "03:00". */
export function dayStartTime(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}
