/**
 * The calendar's integer day arithmetic against date-fns in UTC as the reference, over random
 * days of four centuries (leap years, century years, month and year ends included).
 */
import { tz } from "@date-fns/tz";
import {
  addDays as addDaysToDate,
  addMonths,
  differenceInCalendarDays,
  endOfMonth,
  endOfWeek,
  formatISO,
  parseISO,
  startOfMonth,
  startOfWeek,
} from "date-fns";
import fc from "fast-check";
import {
  addDays,
  daysBetween,
  eachPeriod,
  isValidIsoDate,
  periodRange,
  shiftPeriod,
  type WeekStartsOn,
} from "@/domain/calendar";
import { isoDayArbitrary } from "../../../helpers/iso-day-arbitrary";

const inUtc = tz("UTC");
const iso = (date: Date) => formatISO(date, { representation: "date" });
const utc = (day: string) => parseISO(day, { in: inUtc });

const day = isoDayArbitrary("1900-01-01", "2299-12-31");
const weekStart = fc.integer({ min: 0, max: 6 }).map((value) => value as WeekStartsOn);
const amount = fc.integer({ min: -5000, max: 5000 });

describe("day arithmetic agrees with date-fns", () => {
  it("adds days and counts the days between", () => {
    fc.assert(
      fc.property(day, amount, (from, shift) => {
        const expected = iso(addDaysToDate(utc(from), shift, { in: inUtc }));
        expect(addDays(from, shift)).toBe(expected);
        expect(daysBetween(from, expected)).toBe(
          differenceInCalendarDays(utc(expected), utc(from), { in: inUtc }),
        );
      }),
    );
  });

  it("finds the week and the month holding a day", () => {
    fc.assert(
      fc.property(day, weekStart, (value, weekStartsOn) => {
        const options = { weekStartsOn, in: inUtc };
        expect(periodRange("weekly", value, weekStartsOn)).toEqual({
          start: iso(startOfWeek(utc(value), options)),
          end: iso(endOfWeek(utc(value), options)),
        });
        expect(periodRange("monthly", value, weekStartsOn)).toEqual({
          start: iso(startOfMonth(utc(value), { in: inUtc })),
          end: iso(endOfMonth(utc(value), { in: inUtc })),
        });
      }),
    );
  });

  it("shifts months across year ends", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -240, max: 240 }), (value, months) => {
        const shifted = addMonths(startOfMonth(utc(value), { in: inUtc }), months, { in: inUtc });
        expect(shiftPeriod("monthly", value, months, 1).start).toBe(iso(shifted));
      }),
    );
  });

  it("lists consecutive periods without gaps from the first to the last", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), weekStart, (from, length, start) => {
        const to = addDays(from, length);
        for (const period of ["daily", "weekly", "monthly"] as const) {
          const ranges = eachPeriod(period, from, to, start);
          expect(ranges[0]).toEqual(periodRange(period, from, start));
          expect(ranges.at(-1)).toEqual(periodRange(period, to, start));
          ranges.slice(1).forEach((range, index) => {
            expect(addDays(ranges[index]?.end ?? "", 1)).toBe(range.start);
          });
        }
      }),
    );
  });

  it("accepts exactly the days that exist", () => {
    expect(["2024-02-29", "2000-02-29", "1999-12-31"].every(isValidIsoDate)).toBe(true);
    expect(["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10"]).toEqual(
      ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10"].filter(
        (value) => !isValidIsoDate(value),
      ),
    );
    expect(isValidIsoDate("2024-1-01")).toBe(false);
    expect(isValidIsoDate("2024-01-0a")).toBe(false);
  });
});
