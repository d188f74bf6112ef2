import { DEFAULT_LOCALE, supportedLocale } from "./date-format";

/**
 * The browser's first choice in an Accept-Language header ("de-DE,de;q=0.9,en;q=0.8" ->
 * "de-DE") that the runtime supports, by quality then order; DEFAULT_LOCALE otherwise.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag !== "" && tag !== "*" && q > 0 && !Number.isNaN(q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = supportedLocale(tag);
    if (locale !== DEFAULT_LOCALE || tag.toLowerCase() === DEFAULT_LOCALE.toLowerCase()) {
      return locale;
    }
  }
  return DEFAULT_LOCALE;
}
