import { UserError } from "@/server/http/user-error";
import { loggableDay, parseInput, pastDayOrToday } from "@/server/services/input";
import { isoDaySchema } from "@/schemas/day";

describe("the one loggable-day rule", () => {
  it("takes today when no day is asked for, and today or any earlier day", () => {
    expect(loggableDay(undefined, "2026-03-01")).toBe("2026-03-01");
    expect(loggableDay("2026-03-01", "2026-03-01")).toBe("2026-03-01");
    expect(loggableDay(" 2024-02-29 ", "2026-03-01")).toBe("2024-02-29");
  });

  it("refuses a future day with one sentence, naming today", () => {
    expect(() => loggableDay("2026-03-02", "2026-03-01")).toThrow(
      new UserError("2026-03-02 is in the future: choose today (2026-03-01) or an earlier day."),
    );
  });

  it.each([
    ["2026-02-30", "2026-02-30 does not exist."],
    ["2025-02-29", "2025-02-29 does not exist."],
    ["2026-3-1", '"2026-3-1" is not a day. Use YYYY-MM-DD.'],
    ["yesterday", '"yesterday" is not a day. Use YYYY-MM-DD.'],
    ["", "Choose a day."],
  ])("refuses %j as not a day (422), saying why", (day, message) => {
    expect(() => loggableDay(day, "2026-03-01")).toThrow(new UserError(message));
    try {
      loggableDay(day, "2026-03-01");
    } catch (error) {
      expect(error).toMatchObject({ status: 422 });
    }
  });

  it("gives a page today and a notice naming why the asked-for day is not shown", () => {
    expect(pastDayOrToday("2026-02-28", "2026-03-01")).toEqual({ day: "2026-02-28", notice: null });
    expect(pastDayOrToday(undefined, "2026-03-01")).toEqual({ day: "2026-03-01", notice: null });
    expect(pastDayOrToday("2025-02-30", "2026-03-01")).toEqual({
      day: "2026-03-01",
      notice: "2025-02-30 does not exist. Showing today (2026-03-01).",
    });
  });

  it("parseInput joins every refused rule's sentence", () => {
    expect(() => parseInput(isoDaySchema, 5)).toThrow("Choose a day.");
  });
});
