import Link from "next/link";
import type { IsoDate } from "@/domain/calendar";
import type { DayBalance } from "@/domain/calories";
import { CalorieBalanceView } from "./calorie-balance";
import styles from "./calories.module.css";
import { QuickAdd, type QuickAddActions } from "./quick-add";

/** The day's calories: eaten / goal / remaining, with quick add (not for future days). */
export function TodayCaloriesCard(props: {
  day: IsoDate;
  today: IsoDate;
  balance: DayBalance;
  /** The owner's display locale (from the request), for numbers. */
  locale: string;
  actions: QuickAddActions;
}) {
  const { day, today, balance, locale } = props;
  return (
    <section className="card stack" aria-labelledby="today-calories-heading">
      <div className={styles.header}>
        <h2 id="today-calories-heading">Calories</h2>
        <Link href={day === today ? "/calories" : `/calories?day=${day}#log`}>History</Link>
      </div>
      <CalorieBalanceView balance={balance} locale={locale} />
      {day <= today ? (
        <QuickAdd day={day} locale={locale} actions={props.actions} />
      ) : (
        <p className="muted">Calories can be logged once the day has come.</p>
      )}
    </section>
  );
}
