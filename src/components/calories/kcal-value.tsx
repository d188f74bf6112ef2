import { formatCount } from "@/domain/text";
import styles from "./calories.module.css";

/** A big number with a small unit, so three of them fit side by side on a phone. */
export function KcalValue({ kcal }: { kcal: number | null }) {
  if (kcal === null) return <>—</>;
  return (
    <>
      {formatCount(kcal)}
      <span className={styles.unit}> kcal</span>
    </>
  );
}
