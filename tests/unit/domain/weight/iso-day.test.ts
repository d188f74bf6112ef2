import { addIsoDays, isIsoDay, isoDayRange, isoDaysBetween } from "@/domain/weight/iso-day";

describe("iso days", () => {
  it("steps whole calendar days across leap days, DST dates and years", () => {
    expect(addIsoDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addIsoDays("2024-03-30", 1)).toBe("2024-03-31");
    expect(addIsoDays("2024-03-31", 1)).toBe("2024-04-01");
    expect(addIsoDays("2024-11-03", 1)).toBe("2024-11-04");
    expect(addIsoDays("2024-01-01", -1)).toBe("2023-12-31");
  });

  it("counts days between and lists a range", () => {
    expect(isoDaysBetween("2024-02-01", "2024-03-01")).toBe(29);
    expect(isoDaysBetween("2024-03-01", "2024-02-01")).toBe(-29);
    expect(isoDayRange("2024-12-30", "2025-01-01")).toEqual([
      "2024-12-30",
      "2024-12-31",
      "2025-01-01",
    ]);
    expect(isoDayRange("2024-01-02", "2024-01-01")).toEqual([]);
  });

  it("accepts only real YYYY-MM-DD days", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-2-1")).toBe(false);
    expect(isIsoDay("2024-01-01T00:00")).toBe(false);
    expect(() => addIsoDays("2024-13-01", 1)).toThrow(RangeError);
  });
});
