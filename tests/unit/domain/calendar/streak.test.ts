import { addDays, computeStreaks, eachDay, type HabitHistoryInput } from "@/domain/calendar";

const dailyHabit: Omit<HabitHistoryInput, "completionDates" | "today"> = {
  period: "daily",
  targetCount: 1,
  firstDay: "2024-06-01",
  weekStartsOn: 1,
};

describe("daily streaks", () => {
  it.each([
    [
      "today still open does not break the streak",
      "2024-06-06",
      ["2024-06-01", "2024-06-05"],
      5,
      5,
    ],
    ["today done extends it", "2024-06-06", ["2024-06-01", "2024-06-06"], 6, 6],
    ["a missed yesterday breaks it", "2024-06-07", ["2024-06-01", "2024-06-05"], 0, 5],
    ["a missed yesterday, today done", "2024-06-07", ["2024-06-07", "2024-06-07"], 1, 1],
  ] as const)("%s", (_name, today, [from, to], current, best) => {
    const result = computeStreaks({
      ...dailyHabit,
      today,
      completionDates: eachDay(from, to),
    });
    expect(result).toEqual({ current, best });
  });

  it("keeps the longest run across gaps", () => {
    const completionDates = [
      ...eachDay("2024-06-01", "2024-06-03"),
      ...eachDay("2024-06-05", "2024-06-09"),
      ...eachDay("2024-06-11", "2024-06-12"),
    ];
    expect(computeStreaks({ ...dailyHabit, today: "2024-06-13", completionDates })).toEqual({
      current: 2,
      best: 5,
    });
  });

  it("is zero for a new task without completions", () => {
    expect(
      computeStreaks({
        ...dailyHabit,
        today: "2024-06-01",
        completionDates: [],
      }),
    ).toEqual({ current: 0, best: 0 });
  });

  it("ignores completions after today and counts ones before the first day", () => {
    const completionDates = ["2024-05-30", "2024-05-31", "2024-06-01", "2024-06-03"];
    expect(computeStreaks({ ...dailyHabit, today: "2024-06-02", completionDates })).toEqual({
      current: 3,
      best: 3,
    });
  });

  it("runs through a leap day", () => {
    const completionDates = eachDay("2024-02-27", "2024-03-02");
    const result = computeStreaks({
      ...dailyHabit,
      firstDay: "2024-02-27",
      today: "2024-03-02",
      completionDates,
    });
    expect(result).toEqual({ current: 5, best: 5 });
  });
});

describe("weekly streaks with a target of 2 (Monday-start weeks)", () => {
  const weeklyTwice = {
    ...dailyHabit,
    period: "weekly",
    targetCount: 2,
    firstDay: "2024-06-03",
  } as const;
  // Weeks: 06-03..06-09, 06-10..06-16, 06-17..06-23, 06-24..06-30.

  it("counts a week only when it holds two completions, the same day twice included", () => {
    const completionDates = ["2024-06-03", "2024-06-09", "2024-06-12", "2024-06-12", "2024-06-18"];
    expect(computeStreaks({ ...weeklyTwice, today: "2024-06-24", completionDates })).toEqual({
      current: 0,
      best: 2,
    });
  });

  it("does not let the running week break the streak before it ends", () => {
    const completionDates = ["2024-06-03", "2024-06-04", "2024-06-10", "2024-06-16", "2024-06-17"];
    expect(computeStreaks({ ...weeklyTwice, today: "2024-06-23", completionDates })).toEqual({
      current: 2,
      best: 2,
    });
    expect(computeStreaks({ ...weeklyTwice, today: "2024-06-24", completionDates })).toEqual({
      current: 0,
      best: 2,
    });
  });

  it("Sunday and Monday share a week only if weeks start on Sunday", () => {
    const completionDates = ["2024-06-09", "2024-06-10"];
    const today = "2024-06-20";
    expect(
      computeStreaks({
        ...weeklyTwice,
        weekStartsOn: 0,
        today,
        completionDates,
      }),
    ).toEqual({
      current: 1,
      best: 1,
    });
    expect(
      computeStreaks({
        ...weeklyTwice,
        weekStartsOn: 1,
        today,
        completionDates,
      }),
    ).toEqual({
      current: 0,
      best: 0,
    });
  });

  it("treats a partial first week like any other week", () => {
    const completionDates = ["2024-06-08", "2024-06-09", "2024-06-10", "2024-06-11"];
    const result = computeStreaks({
      ...weeklyTwice,
      firstDay: "2024-06-08",
      today: "2024-06-12",
      completionDates,
    });
    expect(result).toEqual({ current: 2, best: 2 });
  });
});

describe("monthly streaks with a target of 3", () => {
  const monthlyThrice = {
    ...dailyHabit,
    period: "monthly",
    targetCount: 3,
    firstDay: "2024-01-10",
  } as const;

  it("counts calendar months, February of a leap year included", () => {
    const completionDates = [
      ...["2024-01-10", "2024-01-20", "2024-01-31"],
      ...["2024-02-01", "2024-02-29"],
      ...["2024-03-01", "2024-03-15", "2024-03-31"],
      ...["2024-04-01", "2024-04-02", "2024-04-30"],
      "2024-05-02",
    ];
    expect(
      computeStreaks({
        ...monthlyThrice,
        today: "2024-05-20",
        completionDates,
      }),
    ).toEqual({
      current: 2,
      best: 2,
    });
  });
});

describe("archived tasks and gaps", () => {
  const weekly = {
    ...dailyHabit,
    period: "weekly",
    firstDay: "2024-01-01",
  } as const;
  // Four reached weeks, archived for four weeks (no completions), restored for two weeks.
  const completionDates = [
    ...[0, 7, 14, 21].map((offset) => addDays("2024-01-01", offset)),
    ...[56, 63].map((offset) => addDays("2024-01-01", offset)),
  ];

  it("counts the archived weeks as misses, keeping the best run from before", () => {
    expect(computeStreaks({ ...weekly, today: "2024-03-06", completionDates })).toEqual({
      current: 2,
      best: 4,
    });
  });

  it("keeps the history of a task archived long ago", () => {
    expect(computeStreaks({ ...weekly, today: "2025-06-01", completionDates })).toEqual({
      current: 0,
      best: 4,
    });
  });

  it("frozen at the archive day, the streak is what it was then", () => {
    expect(computeStreaks({ ...weekly, today: "2024-01-25", completionDates })).toEqual({
      current: 4,
      best: 4,
    });
  });
});

it("rejects a target below 1", () => {
  expect(() =>
    computeStreaks({
      ...dailyHabit,
      targetCount: 0,
      today: "2024-06-02",
      completionDates: [],
    }),
  ).toThrow(RangeError);
});
