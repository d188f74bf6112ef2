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
