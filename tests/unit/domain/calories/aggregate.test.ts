import { dayBalance, summarizeCalories } from "@/domain/calories/aggregate";

const entries = [
  { date: "2024-03-03", totalKcal: 5000 },
  { date: "2024-03-04", totalKcal: 2100 },
  { date: "2024-03-06", totalKcal: 1800 },
  { date: "2024-03-10", totalKcal: 2000 },
];

describe("summarizeCalories", () => {
  it("lists the last 7 days up to today with missing days as null", () => {
    const summary = summarizeCalories({
      entries,
      goalKcal: 2000,
      today: "2024-03-10",
      windowDays: 7,
    });
    expect(summary.days).toEqual([
      { date: "2024-03-04", kcal: 2100, goalStatus: "over" },
      { date: "2024-03-05", kcal: null, goalStatus: null },
      { date: "2024-03-06", kcal: 1800, goalStatus: "under" },
      { date: "2024-03-07", kcal: null, goalStatus: null },
      { date: "2024-03-08", kcal: null, goalStatus: null },
      { date: "2024-03-09", kcal: null, goalStatus: null },
      { date: "2024-03-10", kcal: 2000, goalStatus: "at" },
    ]);
    // Mar 3 is outside the window. (2100 + 1800 + 2000) / 3 logged days = 1966.67 -> 1967.
    expect(summary).toMatchObject({
      loggedDays: 3,
      daysUnderGoal: 1,
      daysAtGoal: 1,
      daysOverGoal: 1,
      totalKcal: 5900,
      averageKcal: 1967,
      sevenDayAverageKcal: 1967,
    });
  });

  it("averages a 30-day window over logged days and keeps the 7-day average apart", () => {
    const summary = summarizeCalories({
      entries,
      goalKcal: 2000,
      today: "2024-03-10",
      windowDays: 30,
    });
    expect(summary.days).toHaveLength(30);
    expect(summary.days[0]?.date).toBe("2024-02-10");
    // (5000 + 2100 + 1800 + 2000) / 4 = 2725
    expect(summary.averageKcal).toBe(2725);
    expect(summary.sevenDayAverageKcal).toBe(1967);
    expect(summary.daysOverGoal).toBe(2);
  });

  it("has no goal statuses without a goal and no averages without entries", () => {
    const noGoal = summarizeCalories({
      entries,
      goalKcal: null,
      today: "2024-03-10",
      windowDays: 7,
    });
    expect(noGoal.days.every((day) => day.goalStatus === null)).toBe(true);
    expect(noGoal.daysUnderGoal + noGoal.daysAtGoal + noGoal.daysOverGoal).toBe(0);
    const empty = summarizeCalories({
      entries: [],
      goalKcal: 2000,
      today: "2024-03-10",
      windowDays: 90,
    });
    expect(empty).toMatchObject({
      loggedDays: 0,
      totalKcal: 0,
      averageKcal: null,
      sevenDayAverageKcal: null,
    });
    expect(empty.days).toHaveLength(90);
  });

  it("counts a logged 0 kcal day as logged", () => {
    const summary = summarizeCalories({
      entries: [
        { date: "2024-03-09", totalKcal: 0 },
        { date: "2024-03-10", totalKcal: 1000 },
      ],
      goalKcal: null,
      today: "2024-03-10",
      windowDays: 7,
    });
    expect(summary.loggedDays).toBe(2);
    expect(summary.averageKcal).toBe(500);
  });
});

describe("dayBalance", () => {
  it("gives eaten, goal and remaining, negative when over", () => {
    expect(dayBalance(2300, 2000)).toEqual({
      eatenKcal: 2300,
      goalKcal: 2000,
      remainingKcal: -300,
      goalStatus: "over",
    });
    expect(dayBalance(1500, 2000)).toMatchObject({ remainingKcal: 500, goalStatus: "under" });
    expect(dayBalance(null, 2000)).toMatchObject({ eatenKcal: 0, remainingKcal: 2000 });
    expect(dayBalance(1500, null)).toEqual({
      eatenKcal: 1500,
      goalKcal: null,
      remainingKcal: null,
      goalStatus: null,
    });
  });
});
