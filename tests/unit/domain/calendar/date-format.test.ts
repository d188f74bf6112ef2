import { localeFromAcceptLanguage } from "@/domain/calendar/accept-language";
import {
  formatDay,
  formatLongDay,
  formatMonth,
  formatShortDay,
  supportedLocale,
} from "@/domain/calendar/date-format";

describe("formatDay, the one display format of a day", () => {
  it.each([
    ["en-US", "Tue, Dec 1, 2026"],
    ["en-GB", "Tue, 1 Dec 2026"],
    ["de-DE", "Di., 1. Dez. 2026"],
  ])("writes 2026-12-01 in %s as %j", (locale, expected) => {
    expect(formatDay("2026-12-01", locale)).toBe(expected);
  });

  it("is the same day whatever the runtime's own time zone", () => {
    expect(formatDay("2026-01-01", "en-GB")).toBe("Thu, 1 Jan 2026");
    expect(formatDay("2026-12-31", "en-GB")).toBe("Thu, 31 Dec 2026");
  });

  it("writes long dates with the year only outside today's year", () => {
    expect(formatLongDay("2026-12-01", "2026-12-05", "en-US")).toBe("Tuesday, December 1");
    expect(formatLongDay("2025-12-01", "2026-01-05", "en-US")).toBe("Monday, December 1, 2025");
    expect(formatLongDay("2026-12-01", "2026-12-05", "de-DE")).toBe("Dienstag, 1. Dezember");
  });

  it.each([
    ["en-GB", "18 Jan", "18 Jan 2029"],
    ["en-US", "Jan 18", "Jan 18, 2029"],
    ["de-DE", "18. Jan.", "18. Jan. 2029"],
  ])("writes short dates in %s, with the year outside today's year", (locale, same, other) => {
    expect(formatShortDay("2030-01-18", "2030-06-01", locale)).toBe(same);
    expect(formatShortDay("2029-01-18", "2030-06-01", locale)).toBe(other);
  });

  it.each([
    ["en-GB", "Mar 2026", "March 2026"],
    ["en-US", "Mar 2026", "March 2026"],
    ["de-DE", "März 2026", "März 2026"],
  ])("writes months in %s", (locale, short, long) => {
    expect(formatMonth("2026-03", locale)).toBe(short);
    expect(formatMonth("2026-03", locale, "monthLong")).toBe(long);
  });

  it("falls back to en-GB for a locale the runtime does not know", () => {
    expect(supportedLocale("xx-YY")).toBe("en-GB");
    expect(supportedLocale("not a locale!")).toBe("en-GB");
    expect(supportedLocale(undefined)).toBe("en-GB");
    expect(formatDay("2026-12-01", "not a locale!")).toBe("Tue, 1 Dec 2026");
  });
});

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.8", "de-DE"],
    ["en-US,en;q=0.9", "en-US"],
    ["en;q=0.5, fr-CH;q=0.9", "fr-CH"],
    ["xx-YY, de;q=0.3", "de"],
    ["*", "en-GB"],
    ["de;q=0, en-GB", "en-GB"],
    ["", "en-GB"],
    [null, "en-GB"],
  ])("%j -> %j", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
