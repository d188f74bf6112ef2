import { TZDate, tz } from "@date-fns/tz";
import {
  addDays as addDaysToDate,
  differenceInCalendarDays,
  eachDayOfInterval,
  format,
  parseISO,
} from "date-fns";

/** A calendar day as "YYYY-MM-DD", the form PostgreSQL `date` columns use. */
export type IsoDate = string;

export interface OwnerDayOptions {
  /** IANA time zone name, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Local hour (0-6) at which the owner's day begins; earlier instants belong to the day before. */
  dayStartHour: number;
}

export const DEFAULT_DAY_START_HOUR = 0;
export const MAX_DAY_START_HOUR = 6;

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_FORMAT = "yyyy-MM-dd";
// Calendar days carry no zone; doing their arithmetic in UTC keeps it independent of the process TZ.
const inUtc = tz("UTC");

export function isValidIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const date = parseISO(value, { in: inUtc });
  return (
    !Number.isNaN(date.getTime()) && format(date, ISO_DATE_FORMAT) === value
  );
}

/** Parses an IsoDate to midnight UTC; throws on anything that is not a real calendar day. */
export function isoDateToUtcDate(day: IsoDate): TZDate {
  if (!isValidIsoDate(day))
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  return parseISO(day, { in: inUtc });
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, ISO_DATE_FORMAT);
}

/** The IANA name as the runtime spells it ("europe/berlin" -> "Europe/Berlin"), or null if unknown. */
export function canonicalTimeZone(timeZone: string): string | null {
  if (timeZone.trim() === "" || timeZone !== timeZone.trim()) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions()
      .timeZone;
  } catch {
    return null;
  }
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
    throw new RangeError(
      `dayStartHour must be an integer 0-6, got ${options.dayStartHour}`,
    );
  }
  if (!isValidTimeZone(options.timeZone)) {
    throw new RangeError(`Unknown time zone: "${options.timeZone}"`);
  }
  const local = new TZDate(instant, options.timeZone);
  const localDay = toIsoDate(local);
  return local.getHours() < options.dayStartHour
    ? addDays(localDay, -1)
    : localDay;
}

export function addDays(day: IsoDate, amount: number): IsoDate {
  return toIsoDate(addDaysToDate(isoDateToUtcDate(day), amount));
}

/** Negative if a is before b, 0 if equal, positive if after. */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(isoDateToUtcDate(a), isoDateToUtcDate(b));
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDate(a, b) <= 0 ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDate(a, b) >= 0 ? a : b;
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  if (compareIsoDate(from, to) > 0) return [];
  const interval = { start: isoDateToUtcDate(from), end: isoDateToUtcDate(to) };
  return eachDayOfInterval(interval, { in: inUtc }).map(toIsoDate);
}
