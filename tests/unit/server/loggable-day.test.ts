import { UserError } from "@/server/http/user-error";
import { loggableDay, parseInput } from "@/server/services/input";
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

  it.each(["2026-02-30", "2026-3-1", "yesterday", ""])("refuses %j as not a day (422)", (day) => {
    expect(() => loggableDay(day, "2026-03-01")).toThrow("Choose a valid day (YYYY-MM-DD).");
    try {
      loggableDay(day, "2026-03-01");
    } catch (error) {
      expect(error).toMatchObject({ status: 422 });
    }
  });

  it("parseInput joins every refused rule's sentence", () => {
    expect(() => parseInput(isoDaySchema, 5)).toThrow("Choose a day.");
  });
});
