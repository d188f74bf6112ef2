import { addMinutes } from "date-fns";
import { eachDay, ownerDay, type IsoDate } from "@/domain/calendar";

describe("ownerDay with a day-start hour", () => {
  it.each([
    ["2024-06-15T02:30:00+02:00", 3, "2024-06-14"],
    ["2024-06-15T02:59:59+02:00", 3, "2024-06-14"],
    ["2024-06-15T03:00:00+02:00", 3, "2024-06-15"],
    ["2024-06-15T02:30:00+02:00", 0, "2024-06-15"],
    ["2024-06-15T00:00:00+02:00", 0, "2024-06-15"],
    ["2024-06-14T23:59:59+02:00", 0, "2024-06-14"],
    ["2024-03-01T05:59:00+01:00", 6, "2024-02-29"],
    ["2025-01-01T01:00:00+01:00", 3, "2024-12-31"],
    // Spring forward: 02:00-02:59 does not exist; the day starting at 2 begins at 03:00 CEST.
    ["2024-03-31T01:59:00+01:00", 2, "2024-03-30"],
    ["2024-03-31T03:00:00+02:00", 2, "2024-03-31"],
    // Fall back: 02:30 happens twice, both before a day start of 3, both after one of 0.
    ["2024-10-27T02:30:00+02:00", 3, "2024-10-26"],
    ["2024-10-27T02:30:00+01:00", 3, "2024-10-26"],
    ["2024-10-27T02:30:00+02:00", 0, "2024-10-27"],
    ["2024-10-27T02:30:00+01:00", 0, "2024-10-27"],
  ])("%s with day start %d in Europe/Berlin -> %s", (instant, dayStartHour, expected) => {
    expect(
      ownerDay(new Date(instant), {
        timeZone: "Europe/Berlin",
        dayStartHour,
      }),
    ).toBe(expected);
  });

  it("uses the owner's zone, not UTC", () => {
    const instant = new Date("2024-06-15T01:00:00Z");
    expect(ownerDay(instant, { timeZone: "UTC", dayStartHour: 0 })).toBe("2024-06-15");
    expect(ownerDay(instant, { timeZone: "America/New_York", dayStartHour: 0 })).toBe("2024-06-14");
    expect(ownerDay(instant, { timeZone: "Pacific/Kiritimati", dayStartHour: 0 })).toBe(
      "2024-06-15",
    );
  });
});

/** Walks instants in fixed steps and counts how many steps land on each owner day. */
function stepsPerOwnerDay(
  timeZone: string,
  dayStartHour: number,
  fromUtc: string,
  toUtc: string,
  stepMinutes: number,
): Map<IsoDate, number> {
  const steps = new Map<IsoDate, number>();
  let previous: IsoDate | undefined;
  for (let at = new Date(fromUtc); at < new Date(toUtc); at = addMinutes(at, stepMinutes)) {
    const day = ownerDay(at, { timeZone, dayStartHour });
    if (previous !== undefined && day < previous) throw new Error(`${day} after ${previous}`);
    previous = day;
    steps.set(day, (steps.get(day) ?? 0) + 1);
  }
  return steps;
}

describe("every instant maps to exactly one day across DST transitions", () => {
  // [zone, day start, walk from, walk to (UTC), step minutes, unusual day, steps on that day]
  const cases: Array<[string, number, string, string, number, IsoDate, number]> = [
    ["Europe/Berlin", 0, "2024-03-29T12:00Z", "2024-04-02T12:00Z", 60, "2024-03-31", 23],
    ["Europe/Berlin", 3, "2024-03-29T12:00Z", "2024-04-02T12:00Z", 60, "2024-03-30", 23],
    ["Europe/Berlin", 0, "2024-10-25T12:00Z", "2024-10-29T12:00Z", 60, "2024-10-27", 25],
    ["Europe/Berlin", 3, "2024-10-25T12:00Z", "2024-10-29T12:00Z", 60, "2024-10-26", 25],
    ["America/New_York", 0, "2024-03-08T12:00Z", "2024-03-12T12:00Z", 60, "2024-03-10", 23],
    ["America/New_York", 3, "2024-03-08T12:00Z", "2024-03-12T12:00Z", 60, "2024-03-09", 23],
    ["America/New_York", 0, "2024-11-01T12:00Z", "2024-11-05T12:00Z", 60, "2024-11-03", 25],
    ["America/New_York", 3, "2024-11-01T12:00Z", "2024-11-05T12:00Z", 60, "2024-11-02", 25],
    // Lord Howe Island shifts by 30 minutes: count half hours.
    ["Australia/Lord_Howe", 0, "2024-04-04T12:00Z", "2024-04-09T12:00Z", 30, "2024-04-07", 49],
    ["Australia/Lord_Howe", 3, "2024-04-04T12:00Z", "2024-04-09T12:00Z", 30, "2024-04-06", 49],
    ["Australia/Lord_Howe", 0, "2024-10-03T12:00Z", "2024-10-08T12:00Z", 30, "2024-10-06", 47],
    ["Australia/Lord_Howe", 3, "2024-10-03T12:00Z", "2024-10-08T12:00Z", 30, "2024-10-05", 47],
    // Santiago changes clocks at midnight: local 00:00 does not exist on 2024-09-08.
    ["America/Santiago", 0, "2024-09-06T12:00Z", "2024-09-10T12:00Z", 60, "2024-09-08", 23],
    ["America/Santiago", 0, "2024-04-04T12:00Z", "2024-04-09T12:00Z", 60, "2024-04-06", 25],
  ];

  it.each(cases)(
    "%s, day start %d",
    (timeZone, dayStartHour, fromUtc, toUtc, stepMinutes, unusualDay, unusualSteps) => {
      const steps = stepsPerOwnerDay(timeZone, dayStartHour, fromUtc, toUtc, stepMinutes);
      const days = [...steps.keys()];
      const first = days[0];
      const last = days.at(-1);
      if (first === undefined || last === undefined) throw new Error("walk produced no days");
      expect(days).toEqual(eachDay(first, last));

      const normalSteps = (24 * 60) / stepMinutes;
      const interior = days.slice(1, -1);
      expect(interior).toContain(unusualDay);
      for (const day of interior) {
        expect([day, steps.get(day)]).toEqual([
          day,
          day === unusualDay ? unusualSteps : normalSteps,
        ]);
      }
    },
  );
});
