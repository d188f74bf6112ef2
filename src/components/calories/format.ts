export function formatKcal(kcal: number): string {
  return `${kcal.toLocaleString("en-US")} kcal`;
}
