/**
 * Calendar days as whole numbers (days since 1970-01-01), for the arithmetic that runs once per
 * day or period of history: no `Date`, no time zone, a few integer operations each. The
 * conversions are the proleptic Gregorian algorithms of Howard Hinnant's "chrono-compatible
 * low-level date algorithms".
 */

/** Days since 1970-01-01 (negative before it). */
export type DayNumber = number;

const DAYS_PER_ERA = 146_097;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a valid year, month (1-12) and day of month. */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - 719_468;
}

/** Year, month (1-12) and day of month of a day number. */
export function civilOf(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

/** "YYYY-MM-DD" of a day number in years 0-9999. */
export function formatDayNumber(dayNumber: DayNumber): string {
  const { year, month, day } = civilOf(dayNumber);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** The day number of "YYYY-MM-DD"; null when the text is not a real calendar day. */
export function parseDayNumber(text: string): DayNumber | null {
  if (text.length !== 10 || text[4] !== "-" || text[7] !== "-") return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  return day > daysInMonth(year, month) ? null : dayNumberOf(year, month, day);
}

/** The number written by the ASCII digits text[from..to); -1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
