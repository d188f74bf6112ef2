import {
  completionRate,
  eachDay,
  type HabitHistoryInput,
  type RateWindow,
} from "@/domain/calendar";

const today = "2024-06-30";
const dailyHabit: Omit<HabitHistoryInput, "completionDates"> = {
  period: "daily",
  targetCount: 1,
  firstDay: "2024-01-01",
  today,
  weekStartsOn: 1,
};

describe("daily completion rate", () => {
  // Done every day from 2024-06-03 to 2024-06-23 (21 days), nothing else.
  const completionDates = eachDay("2024-06-03", "2024-06-23");

  it.each([
    ["4w", 21, 28],
    ["12w", 21, 84],
    ["1y", 21, 181],
  ] as const)("%s: %d of %d days", (window: RateWindow, reached, counted) => {
    expect(completionRate({ ...dailyHabit, completionDates, window })).toEqual({
      reached,
      counted,
      rate: reached / counted,
    });
  });

  it.each([
    ["today done: today and the 27 days before", "2024-06-30", 28],
    ["today open: the 28 days before today", "2024-06-29", 27],
  ])("%s", (_name, lastDone, reached) => {
    const completionDates = eachDay("2024-06-03", lastDone);
    expect(completionRate({ ...dailyHabit, completionDates, window: "4w" })).toEqual({
      reached,
      counted: 28,
      rate: reached / 28,
    });
  });

  it("counts only days the task existed", () => {
    const young = { ...dailyHabit, firstDay: "2024-06-21" };
    const completionDates = ["2024-06-21", "2024-06-25"];
    expect(completionRate({ ...young, completionDates, window: "1y" })).toEqual({
      reached: 2,
      counted: 9,
      rate: 2 / 9,
    });
  });

  it("is null before anything could be counted", () => {
    const brandNew = { ...dailyHabit, firstDay: today };
    expect(completionRate({ ...brandNew, completionDates: [], window: "4w" })).toEqual({
      reached: 0,
      counted: 0,
      rate: null,
    });
  });
});

describe("weekly and monthly completion rates", () => {
  it("weekly target 2, 4w: the last four finished weeks while this week is open", () => {
    // Monday weeks ending 06-02, 06-09, 06-16, 06-23; the running week is 06-24..06-30.
    const completionDates = ["2024-06-03", "2024-06-05", "2024-06-12", "2024-06-17", "2024-06-18"];
    const weeklyTwice = {
      ...dailyHabit,
      period: "weekly",
      targetCount: 2,
      today: "2024-06-26",
    } as const;
    expect(completionRate({ ...weeklyTwice, completionDates, window: "4w" })).toEqual({
      reached: 2,
      counted: 4,
      rate: 0.5,
    });
    const withThisWeek = [...completionDates, "2024-06-24", "2024-06-26"];
    expect(
      completionRate({
        ...weeklyTwice,
        completionDates: withThisWeek,
        window: "4w",
      }),
    ).toEqual({ reached: 3, counted: 4, rate: 0.75 });
  });

  it("monthly windows span 1, 3 and 12 months", () => {
    const monthly = {
      ...dailyHabit,
      period: "monthly",
      firstDay: "2023-01-01",
    } as const;
    // Reached in every month from 2023-07 to 2024-05, and not yet in June 2024.
    const completionDates = eachDay("2023-07-01", "2024-05-31").filter((day) =>
      day.endsWith("-15"),
    );
    expect(completionRate({ ...monthly, completionDates, window: "4w" })).toEqual({
      reached: 1,
      counted: 1,
      rate: 1,
    });
    expect(completionRate({ ...monthly, completionDates, window: "12w" }).counted).toBe(3);
    expect(completionRate({ ...monthly, completionDates, window: "1y" })).toEqual({
      reached: 11,
      counted: 12,
      rate: 11 / 12,
    });
  });
});
