import { DEFAULT_LOCALE } from "@/domain/calendar/date-format";

const formatters = new Map<string, Intl.NumberFormat>();

/** One cached formatter per locale and number of decimals (`fixed`: always show them). */
function numberFormat(locale: string, decimals: number, fixed: boolean): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${fixed ? "fixed" : "max"}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const minimumFractionDigits = fixed ? decimals : 0;
    const options = { minimumFractionDigits, maximumFractionDigits: decimals };
    try {
      formatter = new Intl.NumberFormat(locale, options);
    } catch {
      formatter = new Intl.NumberFormat(DEFAULT_LOCALE, options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/*
 * Every number a person reads goes through these, in the browser's locale where the caller
 * knows it (screens, charts, action messages). Validation and refusal sentences built below
 * the request layer (schemas, services, the API) use DEFAULT_LOCALE: "20,000".
 */

/** A whole number: 20000 -> "20,000" (en), "20.000" (de). */
export function formatCount(value: number, locale: string = DEFAULT_LOCALE): string {
  return numberFormat(locale, 0, false).format(value);
}

/** A number with at most one decimal: 2204.6 -> "2,204.6", 1000 -> "1,000". */
export function formatDecimal(value: number, locale: string = DEFAULT_LOCALE): string {
  return numberFormat(locale, 1, false).format(value);
}

/** A number with exactly `decimals` decimals: 81.2 -> "81.2" (en), "81,2" (de); 80 -> "80.0". */
export function formatFixed(
  value: number,
  decimals: number,
  locale: string = DEFAULT_LOCALE,
): string {
  return numberFormat(locale, decimals, true).format(value);
}

/** Kilocalories in a message or a label: 1200 -> "1,200 kcal". */
export function formatKcal(kcal: number, locale: string = DEFAULT_LOCALE): string {
  return `${formatCount(kcal, locale)} kcal`;
}

/** A file size: 512 -> "512 bytes", 2048 -> "2 KB", 52428800 -> "50 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number, locale: string = DEFAULT_LOCALE): string {
  if (bytes < 1024) return `${formatCount(bytes, locale)} bytes`;
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024, locale)} KB`;
  return `${formatDecimal(bytes / (1024 * 1024), locale)} MB`;
}
