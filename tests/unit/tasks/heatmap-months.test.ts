import { heatmap } from "@/domain/calendar";
import { heatLevel, heatmapMonths, weekdayInitials } from "@/components/tasks/heatmap-months";

describe("heatmap months", () => {
  it("groups days into months aligned to the week start", () => {
    const cells = heatmap(["2030-01-01", "2030-01-01", "2030-02-03"], "2029-12-30", "2030-02-03");
    const months = heatmapMonths(cells, 1, "en-GB");
    expect(months.map((month) => month.key)).toEqual(["2029-12", "2030-01", "2030-02"]);
    // 2029-12-30 is a Sunday: the 7th column when weeks start on Monday.
    expect(months[0]).toMatchObject({ label: "Dec 2029", leadingBlanks: 6, total: 0 });
    expect(months[1]).toMatchObject({ leadingBlanks: 1, total: 2, activeDays: 1 });
    expect(months[1]?.cells[0]).toEqual({ day: "2030-01-01", count: 2, level: 4 });
    expect(months[2]?.cells[2]).toEqual({ day: "2030-02-03", count: 1, level: 2 });
    expect(heatmapMonths(cells, 0, "en-GB")[2]?.leadingBlanks).toBe(5);
  });

  it("scales levels to the busiest day or the given minimum", () => {
    expect([0, 1, 2, 3, 8].map((count) => heatLevel(count, 8))).toEqual([0, 1, 1, 2, 4]);
    expect(heatLevel(1, 1)).toBe(4);
    const months = heatmapMonths(
      heatmap(["2030-01-02"], "2030-01-01", "2030-01-03"),
      1,
      "en-GB",
      8,
    );
    expect(months[0]?.cells[1]?.level).toBe(1);
  });

  it("labels weekday columns from the week start", () => {
    expect(weekdayInitials(1, "en-GB")).toEqual(["M", "T", "W", "T", "F", "S", "S"]);
    expect(weekdayInitials(0, "en-US")).toEqual(["S", "M", "T", "W", "T", "F", "S"]);
    expect(weekdayInitials(1, "de-DE")).toEqual(["M", "D", "M", "D", "F", "S", "S"]);
  });

  it("labels months in the owner's locale", () => {
    const cells = heatmap([], "2030-01-30", "2030-02-02");
    expect(heatmapMonths(cells, 1, "en-GB").map((month) => month.label)).toEqual([
      "Jan 2030",
      "Feb 2030",
    ]);
    expect(heatmapMonths(cells, 1, "de-DE").map((month) => month.label)).toEqual([
      "Jan. 2030",
      "Feb. 2030",
    ]);
  });
});
