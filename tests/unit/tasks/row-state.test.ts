import { applyServerResult, initialRowState, optimisticCounts } from "@/components/today/row-state";

describe("Today row state", () => {
  const start = initialRowState({ count: 2, dayCount: 1, state: "open" });

  it("shows the newest server result and ignores an older one arriving late", () => {
    const second = applyServerResult(start, 2, { count: 4, dayCount: 3, state: "open" });
    const late = applyServerResult(second, 1, { count: 3, dayCount: 2, state: "open" });
    expect(late).toEqual({ counts: { count: 4, dayCount: 3, state: "open" }, appliedSeq: 2 });
  });

  it("predicts a tap and an undo without going below zero", () => {
    expect(optimisticCounts(start.counts, 1, 3)).toEqual({ count: 3, dayCount: 2, state: "done" });
    expect(optimisticCounts({ count: 3, dayCount: 1, state: "done" }, -1, 3)).toEqual({
      count: 2,
      dayCount: 0,
      state: "open",
    });
    const nothingToday = { count: 2, dayCount: 0, state: "open" as const };
    expect(optimisticCounts(nothingToday, -1, 3)).toBe(nothingToday);
  });

  it("keeps a one-off task overdue until its target is reached", () => {
    const overdue = { count: 0, dayCount: 0, state: "overdue" as const };
    expect(optimisticCounts(overdue, 1, 2).state).toBe("overdue");
    expect(optimisticCounts(overdue, 2, 2).state).toBe("done");
  });
});
