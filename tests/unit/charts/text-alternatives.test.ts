import { summarizeCalories } from "@/domain/calories";
import { buildDailyTrend, summarizeWeight } from "@/domain/weight";
import { calorieSummaryText } from "@/components/calories/calorie-summary-text";
import { weightSummaryText } from "@/components/weight/weight-summary-text";
import { etaText, formatRate } from "@/components/weight/weight-text";

describe("chart summaries for screen readers", () => {
  it("describes calories against the goal, counting only logged days", () => {
    const summary = summarizeCalories({
      entries: [
        { date: "2026-01-06", totalKcal: 1800 },
        { date: "2026-01-07", totalKcal: 2600 },
      ],
      goalKcal: 2000,
      today: "2026-01-07",
      windowDays: 7,
    });
    expect(calorieSummaryText(summary, 2000, "en-GB")).toBe(
      "2 of the last 7 days logged, averaging 2,200 kcal. Goal 2,000 kcal: 1 day within it, 1 over.",
    );
    expect(calorieSummaryText(summary, 2000, "de-DE")).toContain("averaging 2.200 kcal");
    const empty = summarizeCalories({
      entries: [],
      goalKcal: 2000,
      today: "2026-01-07",
      windowDays: 30,
    });
    expect(calorieSummaryText(empty, 2000, "en-GB")).toBe("Nothing logged in the last 30 days.");
  });

  it("describes the weight trend, rate and goal in the owner's unit", () => {
    const days = buildDailyTrend(
      Array.from({ length: 14 }, (_, index) => ({
        date: `2026-01-${String(index + 1).padStart(2, "0")}`,
        weightKg: 80 - index * 0.1,
      })),
    );
    const summary = summarizeWeight(days, 75);
    const text = weightSummaryText({
      summary,
      unit: "lb",
      goalKg: 75,
      weighInsShown: 14,
      locale: "en-GB",
    });
    expect(text).toMatch(
      /^14 weigh-ins in this range\. Trend 17\d\.\d lb on Wed, 14 Jan 2026, −0\.\d\d lb\/week\. /,
    );
    expect(text).toMatch(/Goal 165\.3 lb: .* \(in \d+ days\)\.$/);
    expect(
      weightSummaryText({
        summary: summarizeWeight([], null),
        unit: "kg",
        goalKg: null,
        weighInsShown: 0,
        locale: "en-GB",
      }),
    ).toBe("No weigh-ins yet.");
  });

  it("writes rates with a real minus sign and ETAs in words", () => {
    expect(formatRate(-0.454, "kg", "en-GB")).toBe("−0.45 kg/week");
    expect(formatRate(0.45359237, "lb", "en-US")).toBe("+1.00 lb/week");
    expect(formatRate(0.001, "kg", "en-GB")).toBe("±0.00 kg/week");
    expect(formatRate(-0.454, "kg", "de-DE")).toBe("−0,45 kg/week");
    expect(etaText({ status: "converging", date: "2026-03-02", days: 1 }, false, "en-GB")).toBe(
      "Mon, 2 Mar 2026 (in 1 day)",
    );
    expect(etaText({ status: "converging", date: "2026-03-02", days: 1 }, false, "en-US")).toBe(
      "Mon, Mar 2, 2026 (in 1 day)",
    );
    expect(etaText({ status: "converging", date: "2026-03-02", days: 1 }, false, "de-DE")).toBe(
      "Mo., 2. März 2026 (in 1 day)",
    );
    expect(etaText({ status: "not-converging" }, false, "en-GB")).toBe(
      "Not converging at this rate",
    );
    expect(etaText({ status: "not-converging" }, true, "en-GB")).toBe("Goal reached");
  });
});
