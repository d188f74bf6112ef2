import Link from "next/link";
import type { IsoDate } from "@/domain/calendar";
import { getCalorieBalance } from "@/server/services/calories/calories";
import { CalorieBalanceView } from "./calorie-balance";
import styles from "./calories.module.css";
import { QuickAdd } from "./quick-add";

/** Today's calories: eaten / goal / remaining, with quick add. */
export async function TodayCaloriesCard({ day }: { day: IsoDate }) {
  const balance = await getCalorieBalance(day);
  return (
    <section className="card stack" aria-labelledby="today-calories-heading">
      <div className={styles.header}>
        <h2 id="today-calories-heading">Calories</h2>
        <Link href="/calories">History</Link>
      </div>
      <CalorieBalanceView balance={balance} />
      <QuickAdd date={day} />
    </section>
  );
}
