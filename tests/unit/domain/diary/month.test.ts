import { tz } from "@date-fns/tz";
import { addMonths, format, lastDayOfMonth, parseISO } from "date-fns";
import fc from "fast-check";
import { monthBounds, monthTitle, shiftMonth } from "@/domain/diary/month";

describe("diary months", () => {
  it("finds a month's first and last day, leap years included", () => {
    expect(monthBounds("2025-01")).toEqual({ first: "2025-01-01", last: "2025-01-31" });
    expect(monthBounds("2025-02")).toEqual({ first: "2025-02-01", last: "2025-02-28" });
    expect(monthBounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(monthBounds("2025-04")).toEqual({ first: "2025-04-01", last: "2025-04-30" });
  });

  it("moves by months across year ends", () => {
    expect(shiftMonth("2025-01", -1)).toBe("2024-12");
    expect(shiftMonth("2024-12", 1)).toBe("2025-01");
    expect(shiftMonth("2025-03", 12)).toBe("2026-03");
    expect(shiftMonth("2025-03", 0)).toBe("2025-03");
  });

  it("titles a month in words", () => {
    expect(monthTitle("2026-01", "en-GB")).toBe("January 2026");
    expect(monthTitle("2025-12", "en-US")).toBe("December 2025");
    expect(monthTitle("2026-03", "de-DE")).toBe("März 2026");
  });
});

describe("diary months, against date-fns", () => {
  const utc = tz("UTC");
  const monthArb = fc
    .tuple(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`);

  it("agree on bounds and shifts", () => {
    fc.assert(
      fc.property(monthArb, fc.integer({ min: -1200, max: 1200 }), (month, amount) => {
        const first = parseISO(`${month}-01`, { in: utc });
        expect(monthBounds(month)).toEqual({
          first: format(first, "yyyy-MM-dd", { in: utc }),
          last: format(lastDayOfMonth(first, { in: utc }), "yyyy-MM-dd", { in: utc }),
        });
        const shifted = format(addMonths(first, amount, { in: utc }), "yyyy-MM", { in: utc });
        if (/^\d{4}-\d{2}$/.test(shifted)) expect(shiftMonth(month, amount)).toBe(shifted);
      }),
    );
  });

  it("refuses what is not a month", () => {
    for (const text of ["2025-13", "2025-00", "2025-1", "25-01", ""]) {
      expect(() => monthBounds(text)).toThrow(RangeError);
    }
  });
});
