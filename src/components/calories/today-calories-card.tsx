import Link from "next/link";
import type { IsoDate } from "@/domain/calendar";
import { getCalorieBalance } from "@/server/services/calories/calories";
import { getOwnerToday } from "@/server/settings/owner-today";
import { CalorieBalanceView } from "./calorie-balance";
import styles from "./calories.module.css";
import { QuickAdd } from "./quick-add";

/** The day's calories: eaten / goal / remaining, with quick add (not for future days). */
export async function TodayCaloriesCard({ day }: { day: IsoDate }) {
  const [balance, { today }] = await Promise.all([getCalorieBalance(day), getOwnerToday()]);
  return (
    <section className="card stack" aria-labelledby="today-calories-heading">
      <div className={styles.header}>
        <h2 id="today-calories-heading">Calories</h2>
        <Link href={day === today ? "/calories" : `/calories?date=${day}#log`}>History</Link>
      </div>
      <CalorieBalanceView balance={balance} />
      {day <= today ? (
        <QuickAdd date={day} />
      ) : (
        <p className="muted">Calories can be logged once the day has come.</p>
      )}
    </section>
  );
}
