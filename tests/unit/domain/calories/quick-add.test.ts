import { applyQuickAdd } from "@/domain/calories/quick-add";
import { calorieAddSchema, calorieTotalSchema } from "@/domain/calories/schemas";

describe("applyQuickAdd", () => {
  it("adds to the day's total, starting from nothing logged", () => {
    expect(applyQuickAdd(null, 350)).toEqual({ ok: true, totalKcal: 350 });
    expect(applyQuickAdd(1200, 1)).toEqual({ ok: true, totalKcal: 1201 });
    expect(applyQuickAdd(19_500, 500)).toEqual({ ok: true, totalKcal: 20_000 });
  });

  it("refuses a total above 20000 with a message saying why", () => {
    expect(applyQuickAdd(19_500, 501)).toEqual({
      ok: false,
      error: {
        code: "over-daily-limit",
        message:
          "Adding 501 kcal would make the day's total 20,001 kcal; a day can hold at most 20,000 kcal.",
      },
    });
  });

  it.each([0, -5, 1.5, 20_001, Number.NaN])("refuses to add %p", (add) => {
    const result = applyQuickAdd(100, add);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid-add" } });
    expect(result.ok ? "" : result.error.message).not.toBe("");
  });

  it("refuses an invalid current total", () => {
    expect(applyQuickAdd(-1, 10)).toMatchObject({ ok: false, error: { code: "invalid-current" } });
  });
});

describe("calorie schemas", () => {
  it("accepts whole totals from 0 to 20000", () => {
    for (const ok of [0, 1, 20_000]) expect(calorieTotalSchema.safeParse(ok).success).toBe(true);
    for (const bad of [-1, 20_001, 99.5, Number.NaN, "100"]) {
      expect(calorieTotalSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("accepts quick adds from 1 to 20000", () => {
    expect(calorieAddSchema.safeParse(1).success).toBe(true);
    expect(calorieAddSchema.safeParse(0).success).toBe(false);
    expect(calorieAddSchema.safeParse(20_001).success).toBe(false);
  });
});
