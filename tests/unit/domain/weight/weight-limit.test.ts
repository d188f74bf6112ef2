import {
  displayToKg,
  isWeightInRange,
  MAX_WEIGHT_KG,
  MAX_TYPED_WEIGHT,
  weightRangeMessage,
} from "@/domain/weight";
import { healthSettingsSchema } from "@/schemas/weight";
import { settingsPatchSchema } from "@/schemas/settings";

function goalError(goalWeight: string, weightUnit: "kg" | "lb") {
  const result = healthSettingsSchema.safeParse({ calorieGoal: "2000", weightUnit, goalWeight });
  return result.success ? null : result.error.issues.map((issue) => issue.message);
}

describe("one weight rule for weigh-ins and the goal", () => {
  it("is above 0 and below 1000 kg, said in the owner's unit in one sentence", () => {
    expect(weightRangeMessage("kg")).toBe("Enter a weight from 0.1 to 999.9 kg.");
    expect(weightRangeMessage("lb")).toBe("Enter a weight from 0.1 to 2,204.6 lb.");
  });

  it("has the kg edges 0.1 and 999.9", () => {
    expect(isWeightInRange(0, "kg")).toBe(false);
    expect(isWeightInRange(0.1, "kg")).toBe(true);
    expect(isWeightInRange(999.9, "kg")).toBe(true);
    expect(isWeightInRange(1000, "kg")).toBe(false);
  });

  it("has the lb edges 0.1 and 2204.6, the last pound value below 1000 kg", () => {
    expect(MAX_TYPED_WEIGHT).toEqual({ kg: 999.9, lb: 2204.6 });
    expect(isWeightInRange(0, "lb")).toBe(false);
    expect(isWeightInRange(0.1, "lb")).toBe(true);
    expect(isWeightInRange(2204.6, "lb")).toBe(true);
    expect(isWeightInRange(2204.7, "lb")).toBe(false);
    expect(displayToKg(2204.6, "lb")).toBe(999.99);
    expect(displayToKg(2204.7, "lb")).toBeGreaterThan(MAX_WEIGHT_KG);
  });

  it("applies the same rule to the goal weight, in the chosen unit", () => {
    expect(goalError("999.9", "kg")).toBeNull();
    expect(goalError("1000", "kg")).toEqual(["Enter a weight from 0.1 to 999.9 kg."]);
    expect(goalError("0", "kg")).toEqual(["Enter a weight from 0.1 to 999.9 kg."]);
    expect(goalError("2204.6", "lb")).toBeNull();
    expect(goalError("2204.7", "lb")).toEqual(["Enter a weight from 0.1 to 2,204.6 lb."]);
    expect(settingsPatchSchema.safeParse({ goalWeightKg: displayToKg(999.9, "kg") }).success).toBe(
      true,
    );
    expect(settingsPatchSchema.safeParse({ goalWeightKg: 999.99 }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ goalWeightKg: 1000 }).success).toBe(false);
  });
});
