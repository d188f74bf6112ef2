import {
  displayToKg,
  formatWeight,
  kgToDisplay,
  KG_PER_LB,
  roundTo,
  STORED_KG_DECIMALS,
  type WeightUnit,
} from "@/domain/weight/units";
import { weightDisplayValueSchema } from "@/schemas/weight";

/** Every value with one decimal from 0 to 1000: 0.0, 0.1, ..., 1000.0. */
const grid = Array.from({ length: 10_001 }, (_, index) => index / 10);

describe("weight units", () => {
  it.each<WeightUnit>(["kg", "lb"])(
    "shows exactly what was entered for every 0.1 step 0..1000 %s",
    (unit) => {
      const drifted = grid.filter((value) => kgToDisplay(displayToKg(value, unit), unit) !== value);
      expect(drifted).toEqual([]);
    },
  );

  it.each<WeightUnit>(["kg", "lb"])("stores values that fit numeric(7,3) (%s)", (unit) => {
    const misfits = grid
      .map((value) => displayToKg(value, unit))
      .filter((kg) => roundTo(kg, STORED_KG_DECIMALS) !== kg || Math.abs(kg) >= 10_000);
    expect(misfits).toEqual([]);
  });

  it("needs more than 1 stored decimal: 0.1 kg steps would shift lb values", () => {
    const shifted = grid.filter((lb) => roundTo(roundTo(lb * KG_PER_LB, 1) / KG_PER_LB, 1) !== lb);
    expect(shifted.length).toBeGreaterThan(0);
  });

  it("converts with the exact pound definition", () => {
    expect(displayToKg(100, "lb")).toBe(45.359);
    expect(displayToKg(1000, "lb")).toBe(453.592);
    expect(kgToDisplay(45.359, "lb")).toBe(100);
    expect(kgToDisplay(100, "lb")).toBe(220.5);
    expect(displayToKg(72.3, "kg")).toBe(72.3);
  });

  it("rounds half away from zero despite binary noise", () => {
    expect(roundTo(45.35, 1)).toBe(45.4);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.25, 1)).toBe(-0.3);
    expect(roundTo(-0.01, 1)).toBe(0);
  });

  it("formats in the owner's unit", () => {
    expect(formatWeight(80, "kg", "en-GB")).toBe("80.0 kg");
    expect(formatWeight(80, "lb", "en-US")).toBe("176.4 lb");
    expect(formatWeight(-0.318, "kg", "en-GB", 2)).toBe("-0.32 kg");
    expect(formatWeight(81.2, "kg", "de-DE")).toBe("81,2 kg");
  });

  it("accepts a typed number with at most one decimal", () => {
    expect(weightDisplayValueSchema.safeParse(72.3).success).toBe(true);
    expect(weightDisplayValueSchema.safeParse(72.35).success).toBe(false);
    expect(weightDisplayValueSchema.safeParse(Number.NaN).success).toBe(false);
  });
});
