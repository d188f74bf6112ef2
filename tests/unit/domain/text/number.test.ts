import { applyQuickAdd, calorieAddSchema, calorieTotalSchema } from "@/domain/calories";
import { formatBytes, formatCount, formatDecimal, formatFixed, formatKcal } from "@/domain/text";
import { healthSettingsSchema } from "@/schemas/weight";
import { settingsPatchSchema } from "@/schemas/settings";

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

describe("numbers in messages", () => {
  it("groups thousands the same way everywhere", () => {
    expect(formatCount(20000)).toBe("20,000");
    expect(formatCount(500)).toBe("500");
    expect(formatKcal(1200)).toBe("1,200 kcal");
  });

  it("follows the browser's locale when given one", () => {
    expect(formatCount(20000, "de-DE")).toBe("20.000");
    expect(formatKcal(1650, "de-DE")).toBe("1.650 kcal");
    expect(formatFixed(81.2, 1, "de-DE")).toBe("81,2");
    expect(formatFixed(80, 1, "en-US")).toBe("80.0");
    expect(formatFixed(-0.412, 2, "fr-FR")).toBe("-0,41");
    expect(formatDecimal(2204.6, "en-IN")).toBe("2,204.6");
    expect(formatCount(1234567, "en-IN")).toBe("12,34,567");
  });

  it("falls back to the default for a locale the runtime rejects", () => {
    expect(formatCount(20000, "not a locale!")).toBe("20,000");
  });

  it("writes the calorie limits with the locale", () => {
    expect(firstMessage(calorieTotalSchema.safeParse(20001))).toBe(
      "A day can hold at most 20,000 kcal.",
    );
    expect(firstMessage(calorieAddSchema.safeParse(20001))).toBe(
      "Add at most 20,000 kcal at once.",
    );
    const over = applyQuickAdd(19500, 1200);
    expect(over.ok ? null : over.error.message).toBe(
      "Adding 1,200 kcal would make the day's total 20,700 kcal; a day can hold at most 20,000 kcal.",
    );
  });

  it("writes the calorie goal limits with the locale", () => {
    const goal = (calorieGoal: string) =>
      firstMessage(healthSettingsSchema.safeParse({ calorieGoal, weightUnit: "kg" }));
    expect(goal("20200")).toBe("Use at most 20,000 kcal.");
    expect(goal("400")).toBe("Use at least 500 kcal.");
    expect(firstMessage(settingsPatchSchema.safeParse({ calorieGoal: 20200 }))).toBe(
      "Use at most 20,000 kcal.",
    );
  });

  it("writes file sizes in bytes, KB and MB with the locale", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(2048)).toBe("2 KB");
    expect(formatBytes(1536, "de-DE")).toBe("1,5 KB");
    expect(formatBytes(50 * 1024 * 1024)).toBe("50 MB");
  });
});
