import { describeSchedule, formatProgress, periodScope } from "@/components/tasks/describe";
import { dayHeading, shortDate } from "@/components/today/day-label";

describe("day labels", () => {
  it("names today, yesterday and other days", () => {
    expect(dayHeading("2030-01-16", "2030-01-16")).toBe("Today");
    expect(dayHeading("2030-01-15", "2030-01-16")).toBe("Yesterday");
    expect(dayHeading("2030-01-01", "2030-01-16")).toBe("Tuesday 1 January");
    expect(dayHeading("2029-12-31", "2030-01-01")).toBe("Yesterday");
    expect(dayHeading("2029-12-30", "2030-01-01")).toBe("Sunday, 30 December 2029");
    expect(shortDate("2030-02-01", "2030-01-16", "en-GB")).toBe("1 Feb");
  });

  it("writes other days in the owner's locale", () => {
    expect(dayHeading("2030-01-01", "2030-01-16", "en-US")).toBe("Tuesday, January 1");
    expect(dayHeading("2030-01-01", "2030-01-16", "de-DE")).toBe("Dienstag, 1. Januar");
    expect(dayHeading("2029-12-30", "2030-01-16", "de-DE")).toBe("Sonntag, 30. Dezember 2029");
    expect(shortDate("2030-02-01", "2030-01-16", "en-US")).toBe("Feb 1");
    expect(shortDate("2030-02-01", "2030-01-16", "de-DE")).toBe("1. Feb.");
    expect(shortDate("2029-02-01", "2030-01-16", "en-US")).toBe("Feb 1, 2029");
    expect(shortDate("2029-02-01", "2030-01-16", "de-DE")).toBe("1. Feb. 2029");
  });
});

describe("task descriptions", () => {
  const today = "2030-01-16";
  it("describes schedules with and without a unit", () => {
    const base = { unit: null, scheduledDate: null };
    expect(describeSchedule({ ...base, period: "daily", targetCount: 1 }, today, "en-GB")).toBe(
      "Once a day",
    );
    expect(describeSchedule({ ...base, period: "weekly", targetCount: 3 }, today, "en-GB")).toBe(
      "3 times a week",
    );
    expect(
      describeSchedule(
        { ...base, period: "daily", targetCount: 8, unit: "glasses" },
        today,
        "en-GB",
      ),
    ).toBe("8 glasses a day");
    expect(
      describeSchedule(
        { period: "once", targetCount: 1, unit: null, scheduledDate: "2030-01-18" },
        today,
        "en-GB",
      ),
    ).toBe("Once, due 18 Jan");
    const once = {
      period: "once" as const,
      targetCount: 1,
      unit: null,
      scheduledDate: "2030-01-18",
    };
    expect(describeSchedule(once, today, "en-US")).toBe("Once, due Jan 18");
    expect(describeSchedule(once, today, "de-DE")).toBe("Once, due 18. Jan.");
  });

  it("formats progress and its period", () => {
    expect(formatProgress(2, 8, "glasses")).toBe("2 / 8 glasses");
    expect(formatProgress(2, 8, null)).toBe("2 / 8");
    expect(periodScope("weekly", true)).toBe("this week");
    expect(periodScope("monthly", false)).toBe("that month");
    expect(periodScope("daily", true)).toBeNull();
  });
});
