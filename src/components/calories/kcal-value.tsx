import { formatCount } from "@/domain/text";
import styles from "./calories.module.css";

/** A big number with a small unit, so three of them fit side by side on a phone. */
export function KcalValue({ kcal, locale }: { kcal: number | null; locale: string }) {
  if (kcal === null) return <>—</>;
  return (
    <>
      {formatCount(kcal, locale)}
      <span className={styles.unit}> kcal</span>
    </>
  );
}
