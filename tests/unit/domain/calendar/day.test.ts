import {
  addDays,
  canonicalTimeZone,
  compareIsoDate,
  eachDay,
  isValidDayStartHour,
  isValidIsoDate,
  isValidTimeZone,
  daysBetween,
  minIsoDate,
  ownerDay,
} from "@/domain/calendar";

describe("isValidIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["2023-02-29", false],
    ["2100-02-29", false],
    ["2024-04-31", false],
    ["2024-12-31", true],
    ["2024-13-01", false],
    ["2024-00-10", false],
    ["2024-2-01", false],
    ["24-01-01", false],
    ["2024-01-01T00:00", false],
    ["", false],
  ])("%s -> %s", (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe("time zone and day-start validation", () => {
  it.each([
    ["Europe/Berlin", "Europe/Berlin"],
    ["europe/berlin", "Europe/Berlin"],
    ["UTC", "UTC"],
    ["Australia/Lord_Howe", "Australia/Lord_Howe"],
    ["Nope/Zone", null],
    ["", null],
    [" Europe/Berlin", null],
  ])("canonicalTimeZone(%j) -> %j", (zone, expected) => {
    expect(canonicalTimeZone(zone)).toBe(expected);
    expect(isValidTimeZone(zone)).toBe(expected !== null);
  });

  it.each([
    [0, true],
    [6, true],
    [7, false],
    [-1, false],
    [2.5, false],
  ])("isValidDayStartHour(%d) -> %s", (hour, expected) => {
    expect(isValidDayStartHour(hour)).toBe(expected);
  });

  it("ownerDay rejects a bad hour or zone instead of guessing", () => {
    const instant = new Date("2024-06-01T12:00:00Z");
    expect(() => ownerDay(instant, { timeZone: "UTC", dayStartHour: 7 })).toThrow(RangeError);
    expect(() => ownerDay(instant, { timeZone: "Mars/Olympus", dayStartHour: 0 })).toThrow(
      RangeError,
    );
  });
});

describe("day arithmetic", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2100-02-28", 1, "2100-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2024-03-30", 2, "2024-04-01"],
    ["2024-03-01", -366, "2023-03-01"],
  ])("addDays(%s, %d) = %s", (day, amount, expected) => {
    expect(addDays(day, amount)).toBe(expected);
  });

  it("throws on a day that does not exist", () => {
    expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
  });

  it("compares days in calendar order", () => {
    expect(compareIsoDate("2024-01-01", "2024-01-02")).toBeLessThan(0);
    expect(compareIsoDate("2024-03-01", "2024-02-29")).toBeGreaterThan(0);
    expect(compareIsoDate("2024-05-05", "2024-05-05")).toBe(0);
    expect(minIsoDate("2024-05-05", "2023-12-31")).toBe("2023-12-31");
  });

  it("counts whole days between two days, either way round", () => {
    expect(daysBetween("2024-02-01", "2024-03-01")).toBe(29);
    expect(daysBetween("2024-03-01", "2024-02-01")).toBe(-29);
    expect(daysBetween("2024-03-30", "2024-04-01")).toBe(2);
    expect(() => daysBetween("2024-13-01", "2024-01-01")).toThrow(RangeError);
  });

  it.each([
    ["2024-02-28", "2024-03-01", ["2024-02-28", "2024-02-29", "2024-03-01"]],
    ["2100-02-28", "2100-03-01", ["2100-02-28", "2100-03-01"]],
    ["2024-12-31", "2025-01-01", ["2024-12-31", "2025-01-01"]],
    ["2024-03-31", "2024-03-31", ["2024-03-31"]],
    ["2024-04-02", "2024-04-01", []],
  ])("eachDay(%s, %s)", (from, to, expected) => {
    expect(eachDay(from, to)).toEqual(expected);
  });

  it("eachDay agrees with addDays over a long range", () => {
    const days = eachDay("2023-12-15", "2025-03-10");
    expect(days).toHaveLength(17 + 366 + 31 + 28 + 10);
    days.slice(1).forEach((day, index) => expect(addDays(days[index] ?? "", 1)).toBe(day));
  });
});
