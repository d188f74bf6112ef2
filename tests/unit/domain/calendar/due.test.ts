import { progressRange, taskOnDay, type TaskSchedule } from "@/domain/calendar";

const daily: TaskSchedule = {
  period: "daily",
  targetCount: 1,
  scheduledDate: null,
  createdOn: "2024-06-01",
  active: true,
};
const weeklyTwice: TaskSchedule = {
  ...daily,
  period: "weekly",
  targetCount: 2,
};
const once: TaskSchedule = {
  ...daily,
  period: "once",
  scheduledDate: "2024-06-10",
};

describe("recurring tasks on a day", () => {
  it("shows before its creation day (to back-fill history) and hides while archived", () => {
    expect(taskOnDay(daily, "2024-05-31", 1, [])).toEqual({
      state: "open",
      count: 0,
      target: 1,
      period: { start: "2024-05-31", end: "2024-05-31" },
    });
    expect(taskOnDay(daily, "2024-05-20", 1, ["2024-05-20"])).toMatchObject({ state: "done" });
    expect(taskOnDay({ ...daily, active: false }, "2024-06-05", 1, [])).toBeNull();
    expect(taskOnDay({ ...daily, active: false }, "2024-05-31", 1, [])).toBeNull();
  });

  it("is open, then done once the day's target is reached", () => {
    expect(taskOnDay(daily, "2024-06-01", 1, [])).toEqual({
      state: "open",
      count: 0,
      target: 1,
      period: { start: "2024-06-01", end: "2024-06-01" },
    });
    expect(taskOnDay(daily, "2024-06-02", 1, ["2024-06-01", "2024-06-02"])).toMatchObject({
      state: "done",
      count: 1,
    });
  });

  it("counts a weekly target inside the fixed calendar week, as of the end of the day", () => {
    // Monday-start weeks: 2024-06-10 (Mon) .. 2024-06-16 (Sun).
    const completions = ["2024-06-09", "2024-06-10", "2024-06-12"];
    expect(taskOnDay(weeklyTwice, "2024-06-11", 1, completions)).toMatchObject({
      state: "open",
      count: 1,
      target: 2,
      period: { start: "2024-06-10", end: "2024-06-16" },
    });
    expect(taskOnDay(weeklyTwice, "2024-06-12", 1, completions)).toMatchObject({
      state: "done",
      count: 2,
    });
    expect(taskOnDay(weeklyTwice, "2024-06-16", 1, completions)).toMatchObject({
      state: "done",
    });
    expect(taskOnDay(weeklyTwice, "2024-06-17", 1, completions)).toMatchObject({
      state: "open",
      count: 0,
    });
  });

  it("uses the owner's week start", () => {
    // With Sunday-start weeks, Sunday 2024-06-09 and Monday 2024-06-10 share a week.
    const completions = ["2024-06-09", "2024-06-10"];
    expect(taskOnDay(weeklyTwice, "2024-06-10", 0, completions)).toMatchObject({
      state: "done",
    });
    expect(taskOnDay(weeklyTwice, "2024-06-10", 1, completions)).toMatchObject({
      state: "open",
    });
  });

  it("counts a monthly target in the calendar month", () => {
    const monthly: TaskSchedule = {
      ...daily,
      period: "monthly",
      targetCount: 3,
      createdOn: "2024-01-01",
    };
    const completions = ["2024-01-31", "2024-02-01", "2024-02-29", "2024-03-01"];
    expect(taskOnDay(monthly, "2024-02-29", 1, completions)).toEqual({
      state: "open",
      count: 2,
      target: 3,
      period: { start: "2024-02-01", end: "2024-02-29" },
    });
  });

  it("names the days whose completions count", () => {
    expect(progressRange(weeklyTwice, "2024-06-12", 1)).toEqual({
      start: "2024-06-10",
      end: "2024-06-12",
    });
    expect(progressRange(once, "2024-06-12", 1)).toEqual({
      start: null,
      end: "2024-06-12",
    });
  });
});

describe("once tasks", () => {
  it.each([
    ["2024-06-09", [], null],
    ["2024-06-10", [], "open"],
    ["2024-06-11", [], "overdue"],
    ["2024-06-30", [], "overdue"],
    ["2024-06-10", ["2024-06-10"], "done"],
    ["2024-06-11", ["2024-06-10"], null],
    ["2024-06-12", ["2024-06-12"], "done"],
    ["2024-06-11", ["2024-06-12"], "overdue"],
    ["2024-06-13", ["2024-06-12"], null],
    // Done before its date: it never shows up.
    ["2024-06-10", ["2024-06-08"], null],
  ] as const)("on %s with completions %j -> %s", (day, completions, expected) => {
    const result = taskOnDay(once, day, 1, completions);
    expect(result?.state ?? null).toBe(expected);
  });

  it("with a target of 2 stays overdue until the second completion", () => {
    const twice: TaskSchedule = { ...once, targetCount: 2 };
    const completions = ["2024-06-10", "2024-06-13"];
    expect(taskOnDay(twice, "2024-06-12", 1, completions)).toEqual({
      state: "overdue",
      count: 1,
      target: 2,
      period: null,
    });
    expect(taskOnDay(twice, "2024-06-13", 1, completions)).toMatchObject({
      state: "done",
      count: 2,
    });
    expect(taskOnDay(twice, "2024-06-14", 1, completions)).toBeNull();
  });

  it("is due on its creation day when it has no date", () => {
    const undated: TaskSchedule = { ...once, scheduledDate: null };
    expect(taskOnDay(undated, "2024-06-01", 1, [])).toMatchObject({
      state: "open",
    });
    expect(taskOnDay(undated, "2024-06-02", 1, [])).toMatchObject({
      state: "overdue",
    });
  });

  it("created after its date is shown from its creation day, already overdue", () => {
    const late: TaskSchedule = { ...once, scheduledDate: "2024-05-20" };
    expect(taskOnDay(late, "2024-05-25", 1, [])).toBeNull();
    expect(taskOnDay(late, "2024-06-01", 1, [])).toMatchObject({
      state: "overdue",
    });
  });

  it("rejects a target below 1", () => {
    expect(() => taskOnDay({ ...once, targetCount: 0 }, "2024-06-10", 1, [])).toThrow(RangeError);
  });
});
