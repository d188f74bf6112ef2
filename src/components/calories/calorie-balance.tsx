import type { DayBalance } from "@/domain/calories";
import styles from "./calories.module.css";
import { KcalValue } from "./kcal-value";

/** Eaten / goal / remaining (or over) for one day, with a bar toward the goal. */
export function CalorieBalanceView(props: { balance: DayBalance; locale: string }) {
  const { balance, locale } = props;
  const { eatenKcal, goalKcal, remainingKcal } = balance;
  const over = remainingKcal !== null && remainingKcal < 0;
  const percent = goalKcal ? Math.min(100, Math.round((eatenKcal / goalKcal) * 100)) : 0;
  return (
    <>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>Eaten</dt>
          <dd>
            <KcalValue kcal={eatenKcal} locale={locale} />
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>Goal</dt>
          <dd>
            <KcalValue kcal={goalKcal} locale={locale} />
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>{over ? "Over by" : "Remaining"}</dt>
          <dd className={over ? styles.over : undefined}>
            <KcalValue
              kcal={remainingKcal === null ? null : Math.abs(remainingKcal)}
              locale={locale}
            />
          </dd>
        </div>
      </dl>
      {goalKcal !== null && (
        <div className={styles.bar} aria-hidden="true">
          <div
            className={`${styles.fill} ${over ? styles.overFill : ""}`}
            style={{ width: `${percent}%` }}
          />
        </div>
      )}
    </>
  );
}
