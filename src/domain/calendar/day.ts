import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";
import { formatDayNumber, parseDayNumber, weekdayOf, type DayNumber } from "./day-number";

/** A calendar day as "YYYY-MM-DD", the form PostgreSQL `date` columns use. */
export type IsoDate = string;

export interface OwnerDayOptions {
  /** IANA time zone name, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Local hour (0-6) at which the owner's day begins. */
  dayStartHour: number;
}

export const DEFAULT_DAY_START_HOUR = 0;
export const MAX_DAY_START_HOUR = 6;

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

export function isValidIsoDate(value: string): value is IsoDate {
  return parseDayNumber(value) !== null;
}

/**
 * The day number of a calendar day (days since 1970-01-01): what day arithmetic runs on, with
 * no `Date` and no time zone. Throws on anything that is not a real calendar day.
 */
export function dayNumber(day: IsoDate): DayNumber {
  const value = parseDayNumber(day);
  if (value === null) throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  return value;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: IsoDate): number {
  return weekdayOf(dayNumber(day));
}

/** The calendar day of a day number. */
export function dayOfNumber(value: DayNumber): IsoDate {
  return formatDayNumber(value);
}

/**
 * The days Tracker keeps. PostgreSQL has no year 0, "YYYY-MM-DD" ends at 9999, and before 1900
 * time zones ran on local mean time; a day outside is a typo ("0202" for "2022"), not a log.
 */
export const FIRST_SUPPORTED_DAY: IsoDate = "1900-01-01";
export const LAST_SUPPORTED_DAY: IsoDate = "9999-12-31";

/** A real calendar day from FIRST_SUPPORTED_DAY to LAST_SUPPORTED_DAY: what every input may be. */
export function isSupportedIsoDate(value: string): value is IsoDate {
  return value >= FIRST_SUPPORTED_DAY && value <= LAST_SUPPORTED_DAY && isValidIsoDate(value);
}

/**
 * Why `value` is not a day an input may hold, in one sentence for the owner; null when it is
 * one. A well-formed but impossible day is named as such: "2025-02-30 does not exist."
 */
export function isoDateProblem(value: string): string | null {
  if (!ISO_DATE_PATTERN.test(value)) return `"${value}" is not a day. Use YYYY-MM-DD.`;
  if (!isValidIsoDate(value)) return `${value} does not exist.`;
  if (isSupportedIsoDate(value)) return null;
  return `${value} is outside the days Tracker keeps: choose a day from ${FIRST_SUPPORTED_DAY} to ${LAST_SUPPORTED_DAY}.`;
}

/** A cheap shape check for hot paths; `isValidIsoDate` also rejects days like 2023-02-30. */
export function assertIsoDateShape(value: string): void {
  if (!ISO_DATE_PATTERN.test(value)) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${value}"`);
  }
}

/**
 * Midnight UTC of a day as a plain \`Date\`, for formatters that are told \`timeZone: "UTC"\`
 * (a \`TZDate\` costs far more to make, and formatting a thousand days makes a thousand).
 */
export function isoDateToUtcInstant(day: IsoDate): Date {
  return new Date(dayNumber(day) * MS_PER_DAY);
}

/** The calendar day of a date as seen in its own zone (a TZDate's zone, else the process zone). */
export function toIsoDate(date: Date): IsoDate {
  return formatISO(date, { representation: "date" });
}

function resolveTimeZone(timeZone: string): string | null {
  if (timeZone.trim() === "" || timeZone !== timeZone.trim()) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

// Making a formatter for a zone costs about half a millisecond, and every request asks about
// the owner's zone (the settings page about every zone); bounded, as any text can be asked.
const resolvedZones = new Map<string, string | null>();
const MAX_RESOLVED_ZONES = 2000;

/** The IANA name as the runtime spells it ("europe/berlin" -> "Europe/Berlin"); null if unknown. */
export function canonicalTimeZone(timeZone: string): string | null {
  const known = resolvedZones.get(timeZone);
  if (known !== undefined) return known;
  const resolved = resolveTimeZone(timeZone);
  if (resolvedZones.size < MAX_RESOLVED_ZONES) resolvedZones.set(timeZone, resolved);
  return resolved;
}

export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

export function isValidDayStartHour(hour: number): boolean {
  return Number.isInteger(hour) && hour >= 0 && hour <= MAX_DAY_START_HOUR;
}

/** The owner's calendar day that an instant belongs to. */
export function ownerDay(instant: Date, options: OwnerDayOptions): IsoDate {
  if (!isValidDayStartHour(options.dayStartHour)) {
    throw new RangeError(`dayStartHour must be an integer 0-6, got ${options.dayStartHour}`);
  }
  if (!isValidTimeZone(options.timeZone)) {
    throw new RangeError(`Unknown time zone: "${options.timeZone}"`);
  }
  const local = new TZDate(instant, options.timeZone);
  const localDay = toIsoDate(local);
  return local.getHours() < options.dayStartHour ? addDays(localDay, -1) : localDay;
}

export function addDays(day: IsoDate, amount: number): IsoDate {
  return formatDayNumber(dayNumber(day) + amount);
}

/** -1 if a is before b, 0 if equal, 1 if after. Fixed-width "YYYY-MM-DD" sorts as text does. */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  assertIsoDateShape(a);
  assertIsoDateShape(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDate(a, b) <= 0 ? a : b;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const last = dayNumber(to);
  const days: IsoDate[] = [];
  for (let value = dayNumber(from); value <= last; value += 1) days.push(formatDayNumber(value));
  return days;
}
