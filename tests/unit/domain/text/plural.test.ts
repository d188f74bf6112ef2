import { renderToStaticMarkup } from "react-dom/server";
import { buildDailyTrend, summarizeWeight } from "@/domain/weight";
import { countOf, pluralWord } from "@/domain/text";
import { StreaksTable } from "@/components/insights/streaks-table";
import { weightSummaryText } from "@/components/weight/weight-summary-text";

jest.mock("@/components/insights/insights.module.css", () => ({
  active: "active",
  table: "table",
}));

describe("countOf", () => {
  it("uses the English plural rules for 0, 1 and 2", () => {
    expect(countOf(0, "day", "days")).toBe("0 days");
    expect(countOf(1, "day", "days")).toBe("1 day");
    expect(countOf(2, "day", "days")).toBe("2 days");
    expect(countOf(1, "entry", "entries")).toBe("1 entry");
    expect(pluralWord(1, "week", "weeks")).toBe("week");
    expect(pluralWord(12, "week", "weeks")).toBe("weeks");
  });

  it("groups large counts like every other number", () => {
    expect(countOf(1200, "completion", "completions")).toBe("1,200 completions");
    expect(countOf(1200, "completion", "completions", "de-DE")).toBe("1.200 completions");
  });
});

describe("counts printed by the app", () => {
  it("says 1 weigh-in, not 1 weigh-ins", () => {
    const summary = summarizeWeight(buildDailyTrend([{ date: "2026-01-05", weightKg: 80 }]), null);
    expect(
      weightSummaryText({ summary, unit: "kg", goalKg: null, weighInsShown: 1, locale: "en-GB" }),
    ).toMatch(/^1 weigh-in in this range\./);
  });

  it("says 1 day and 1 week in the streaks table", () => {
    const html = renderToStaticMarkup(
      StreaksTable({
        streaks: [
          { taskId: "1", title: "Read", period: "daily", current: 1, best: 2 },
          { taskId: "2", title: "Gym", period: "weekly", current: 0, best: 1 },
        ],
      }),
    );
    expect(html).toContain("<td>2 days</td>");
    expect(html).toMatch(/>1 day</);
    expect(html).toMatch(/>0 weeks</);
    expect(html).toContain("<td>1 week</td>");
  });
});
