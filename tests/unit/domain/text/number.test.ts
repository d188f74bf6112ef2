import { applyQuickAdd, calorieAddSchema, calorieTotalSchema } from "@/domain/calories";
import { formatCount, formatKcal } from "@/domain/text";
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
});
