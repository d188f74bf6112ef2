import { addDays, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";
import { tz } from "@date-fns/tz";

/** A calendar day as PostgreSQL `date` prints it: "YYYY-MM-DD". */
export type IsoDay = string;

// Days are handled in a fixed UTC context so the host's time zone and DST never shift them.
const utc = tz("UTC");
const ISO_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function toDate(day: IsoDay): Date {
  const date = parseISO(day, { in: utc });
  if (!ISO_DAY_PATTERN.test(day) || !isValid(date)) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  }
  return date;
}

export function isIsoDay(value: string): boolean {
  return ISO_DAY_PATTERN.test(value) && isValid(parseISO(value, { in: utc }));
}

export function addIsoDays(day: IsoDay, amount: number): IsoDay {
  return format(addDays(toDate(day), amount, { in: utc }), "yyyy-MM-dd", { in: utc });
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function isoDaysBetween(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(toDate(to), toDate(from), { in: utc });
}

/** Every day from `first` to `last`, both included; empty when `last` is before `first`. */
export function isoDayRange(first: IsoDay, last: IsoDay): IsoDay[] {
  const count = isoDaysBetween(first, last) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, offset) => addIsoDays(first, offset));
}
