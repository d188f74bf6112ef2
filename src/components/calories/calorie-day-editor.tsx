import type { DayBalance } from "@/domain/calories";
import { dayTitle } from "@/components/charts/day-labels";
import { CalorieBalanceView } from "./calorie-balance";
import styles from "./calories.module.css";
import { QuickAdd, type QuickAddAction } from "./quick-add";
import { SetTotalForm, type SetTotalActions } from "./set-total-form";

/** One day's calories: pick the day, quick add, set or clear the total. */
export function CalorieDayEditor(props: {
  day: string;
  today: string;
  windowDays: number;
  balance: DayBalance;
  kcal: number | null;
  /** The day's version as loaded (0: no total), which the set-total form saves over. */
  version: number;
  /** The owner's display locale (from the request), for the heading and numbers. */
  locale: string;
  actions: SetTotalActions & { add: QuickAddAction };
}) {
  const { day, today, windowDays, balance, kcal, version, locale, actions } = props;
  return (
    <section className="card stack" aria-labelledby="calorie-day-heading" id="log">
      <h2 id="calorie-day-heading" className={styles.title}>
        {day === today ? "Today" : dayTitle(day, locale)}
      </h2>
      <form method="get" action="/calories#log" className={styles.dayPicker}>
        <input type="hidden" name="days" value={windowDays} />
        <label>
          Day
          <input type="date" name="day" max={today} defaultValue={day} required />
        </label>
        <button type="submit">Open day</button>
      </form>
      <CalorieBalanceView balance={balance} locale={locale} />
      <QuickAdd day={day} locale={locale} actions={actions} />
      <SetTotalForm day={day} kcal={kcal} version={version} locale={locale} actions={actions} />
    </section>
  );
}
