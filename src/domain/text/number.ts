const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** A whole number as the owner reads it: 20000 -> "20,000". One format for every message. */
export function formatCount(value: number): string {
  return WHOLE.format(value);
}

const ONE_DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A number with at most one decimal: 2204.6 -> "2,204.6", 1000 -> "1,000". */
export function formatDecimal(value: number): string {
  return ONE_DECIMAL.format(value);
}

/** Kilocalories in a message or a label: 1200 -> "1,200 kcal". */
export function formatKcal(kcal: number): string {
  return `${formatCount(kcal)} kcal`;
}
