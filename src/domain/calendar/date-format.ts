import { isoDateToUtcInstant, type IsoDate } from "./day";

/** Used when the browser names no locale the runtime knows: "Tue, 1 Dec 2026". */
export const DEFAULT_LOCALE = "en-GB";

/**
 * How a day is shown (en-GB): `title` "Tue, 1 Dec 2026"; `long` "Tuesday, 1 December (2026)";
 * `short` "1 Dec (2026)"; `month` "Dec 2026"; `monthLong` "December 2026"; `weekdayNarrow` "T".
 */
export type DayStyle =
  | "title"
  | "long"
  | "longWithYear"
  | "short"
  | "shortWithYear"
  | "month"
  | "monthLong"
  | "weekdayNarrow";

const OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  title: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  long: { weekday: "long", day: "numeric", month: "long" },
  longWithYear: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { day: "numeric", month: "short" },
  shortWithYear: { day: "numeric", month: "short", year: "numeric" },
  month: { month: "short", year: "numeric" },
  monthLong: { month: "long", year: "numeric" },
  weekdayNarrow: { weekday: "narrow" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The locale itself when the runtime supports it ("de-DE"), otherwise DEFAULT_LOCALE. */
export function supportedLocale(locale: string | null | undefined): string {
  if (!locale) return DEFAULT_LOCALE;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * The one display format of a calendar day, in the owner's locale ("de-DE": "Di., 1. Dez.
 * 2026"). Only for people: URLs, input values and `<time dateTime>` keep the ISO day.
 */
export function formatDay(day: IsoDate, locale: string, style: DayStyle = "title"): string {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(supportedLocale(locale), {
      ...OPTIONS[style],
      timeZone: "UTC",
    });
    formatters.set(key, formatter);
  }
  return formatter.format(isoDateToUtcInstant(day));
}

/** A long date, with the year only when it is not `today`'s. */
export function formatLongDay(day: IsoDate, today: IsoDate, locale: string): string {
  return formatDay(day, locale, day.slice(0, 4) === today.slice(0, 4) ? "long" : "longWithYear");
}

/** A short date, "18 Jan" in en-GB ("Jan 18" in en-US), with the year when not `today`'s. */
export function formatShortDay(day: IsoDate, today: IsoDate, locale: string): string {
  return formatDay(day, locale, day.slice(0, 4) === today.slice(0, 4) ? "short" : "shortWithYear");
}

/** A month given as "YYYY-MM": "Jan 2026" (`month`) or "January 2026" (`monthLong`). */
export function formatMonth(
  month: string,
  locale: string,
  style: "month" | "monthLong" = "month",
): string {
  return formatDay(`${month}-01`, locale, style);
}

/** The time of day of an instant in `timeZone`: "08:05" (en-GB), "8:05 AM" (en-US). */
export function formatTimeOfDay(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(supportedLocale(locale), {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(instant);
}
