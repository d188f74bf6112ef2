import { buildDailyTrend } from "@/domain/weight/trend";

describe("buildDailyTrend", () => {
  it("interpolates a 2-day gap and smooths by 10% a day (worked by hand)", () => {
    // Weigh-ins: Jan 1 80.0, Jan 4 79.4, Jan 5 79.0. Jan 2-3 are filled on the straight line
    // from 80.0 to 79.4: -0.6 over 3 days = -0.2 a day -> 79.8, 79.6.
    // trend Jan 1 = 80.0 (first weight)
    // trend Jan 2 = 80.0    + 0.1 * (79.8 - 80.0)    = 79.98
    // trend Jan 3 = 79.98   + 0.1 * (79.6 - 79.98)   = 79.942
    // trend Jan 4 = 79.942  + 0.1 * (79.4 - 79.942)  = 79.8878
    // trend Jan 5 = 79.8878 + 0.1 * (79.0 - 79.8878) = 79.79902
    const days = buildDailyTrend([
      { date: "2024-01-05", weightKg: 79.0 },
      { date: "2024-01-01", weightKg: 80.0 },
      { date: "2024-01-04", weightKg: 79.4 },
    ]);

    expect(days.map((day) => day.date)).toEqual([
      "2024-01-01",
      "2024-01-02",
      "2024-01-03",
      "2024-01-04",
      "2024-01-05",
    ]);
    expect(days.map((day) => day.weightKg)).toEqual([80.0, null, null, 79.4, 79.0]);
    expect(days.map((day) => day.interpolated)).toEqual([false, true, true, false, false]);
    const expectedTrend = [80.0, 79.98, 79.942, 79.8878, 79.79902];
    days.forEach((day, index) => expect(day.trendKg).toBeCloseTo(expectedTrend[index] ?? NaN, 9));
  });

  it("uses the interpolated weight for the trend of a filled day", () => {
    // Jan 1 70, Jan 3 72: Jan 2 is filled with 71, so its trend is 70 + 0.1 * (71 - 70) = 70.1.
    const days = buildDailyTrend([
      { date: "2024-01-01", weightKg: 70 },
      { date: "2024-01-03", weightKg: 72 },
    ]);
    expect(days[1]?.trendKg).toBeCloseTo(70.1, 9);
    // Jan 3: 70.1 + 0.1 * (72 - 70.1) = 70.29
    expect(days[2]?.trendKg).toBeCloseTo(70.29, 9);
  });

  it("starts the trend at a single weigh-in and never extends past the last weigh-in", () => {
    const days = buildDailyTrend([{ date: "2024-02-29", weightKg: 65.4 }]);
    expect(days).toEqual([
      { date: "2024-02-29", weightKg: 65.4, trendKg: 65.4, interpolated: false },
    ]);
  });

  it("crosses month and year boundaries one calendar day at a time", () => {
    const days = buildDailyTrend([
      { date: "2023-12-30", weightKg: 90 },
      { date: "2024-01-02", weightKg: 87 },
    ]);
    expect(days.map((day) => day.date)).toEqual([
      "2023-12-30",
      "2023-12-31",
      "2024-01-01",
      "2024-01-02",
    ]);
  });

  it("returns no days without weigh-ins", () => {
    expect(buildDailyTrend([])).toEqual([]);
  });

  it("rejects two weigh-ins on one day and malformed days", () => {
    expect(() =>
      buildDailyTrend([
        { date: "2024-01-01", weightKg: 70 },
        { date: "2024-01-01", weightKg: 71 },
      ]),
    ).toThrow("Two weigh-ins on 2024-01-01");
    expect(() =>
      buildDailyTrend([
        { date: "2024-01-01", weightKg: 70 },
        { date: "2024-02-30", weightKg: 71 },
      ]),
    ).toThrow(RangeError);
  });
});
