import { heatmap } from "@/domain/calendar";

describe("heatmap", () => {
  it("counts completions per day, zero-filled, both ends included", () => {
    const completions = ["2024-02-28", "2024-02-29", "2024-02-29", "2024-03-02", "2024-03-05"];
    expect(heatmap(completions, "2024-02-28", "2024-03-02")).toEqual([
      { day: "2024-02-28", count: 1 },
      { day: "2024-02-29", count: 2 },
      { day: "2024-03-01", count: 0 },
      { day: "2024-03-02", count: 1 },
    ]);
  });

  it("leaves out completions outside the range", () => {
    expect(heatmap(["2023-12-31", "2024-01-02"], "2024-01-01", "2024-01-01")).toEqual([
      { day: "2024-01-01", count: 0 },
    ]);
  });

  it("is empty for a reversed range", () => {
    expect(heatmap(["2024-01-01"], "2024-01-02", "2024-01-01")).toEqual([]);
  });

  it("spans a non-leap February in 2100", () => {
    const cells = heatmap([], "2100-02-01", "2100-03-01");
    expect(cells).toHaveLength(29);
    expect(cells.at(-2)?.day).toBe("2100-02-28");
  });
});
