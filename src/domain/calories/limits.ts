export const MAX_DAILY_KCAL = 20_000;

/** The "+N" buttons that add to the day's total. */
export const CALORIE_QUICK_ADDS = [100, 250, 500] as const;
