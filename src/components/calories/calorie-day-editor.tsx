import type { DayBalance } from "@/domain/calories";
import { dayTitle } from "@/components/charts/day-labels";
import { CalorieBalanceView } from "./calorie-balance";
import styles from "./calories.module.css";
import { QuickAdd } from "./quick-add";
import { SetTotalForm } from "./set-total-form";

/** One day's calories: pick the day, quick add, set or clear the total. */
export function CalorieDayEditor(props: {
  date: string;
  today: string;
  windowDays: number;
  balance: DayBalance;
  kcal: number | null;
}) {
  const { date, today, windowDays, balance, kcal } = props;
  return (
    <section className="card stack" aria-labelledby="calorie-day-heading" id="log">
      <h2 id="calorie-day-heading" className={styles.title}>
        {date === today ? "Today" : dayTitle(date)}
      </h2>
      <form method="get" action="/calories#log" className={styles.dayPicker}>
        <input type="hidden" name="days" value={windowDays} />
        <label>
          Day
          <input type="date" name="date" max={today} defaultValue={date} required />
        </label>
        <button type="submit">Open day</button>
      </form>
      <CalorieBalanceView balance={balance} />
      <QuickAdd date={date} />
      <SetTotalForm date={date} kcal={kcal} />
    </section>
  );
}
