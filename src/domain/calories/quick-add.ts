import { formatKcal } from "../text/number";
import { MAX_DAILY_KCAL } from "./limits";
import { calorieAddSchema, calorieTotalSchema } from "./schemas";

export type QuickAddErrorCode = "invalid-current" | "invalid-add" | "over-daily-limit";

export interface QuickAddError {
  code: QuickAddErrorCode;
  message: string;
}

export type QuickAddResult = { ok: true; totalKcal: number } | { ok: false; error: QuickAddError };

function failure(code: QuickAddErrorCode, message: string): QuickAddResult {
  return { ok: false, error: { code, message } };
}

/** Adds `addKcal` to the day's total (null = nothing logged yet) if the result stays valid. */
export function applyQuickAdd(currentKcal: number | null, addKcal: number): QuickAddResult {
  const current = calorieTotalSchema.safeParse(currentKcal ?? 0);
  if (!current.success) {
    return failure("invalid-current", "The day's current total is not valid.");
  }
  const add = calorieAddSchema.safeParse(addKcal);
  if (!add.success) {
    return failure("invalid-add", add.error.issues[0]?.message ?? "Enter calories to add.");
  }
  const totalKcal = current.data + add.data;
  if (totalKcal > MAX_DAILY_KCAL) {
    return failure(
      "over-daily-limit",
      `Adding ${formatKcal(add.data)} would make the day's total ${formatKcal(totalKcal)}; ` +
        `a day can hold at most ${formatKcal(MAX_DAILY_KCAL)}.`,
    );
  }
  return { ok: true, totalKcal };
}
