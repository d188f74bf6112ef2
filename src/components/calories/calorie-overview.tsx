import Link from "next/link";
import type { ReactNode } from "react";
import { CALORIE_WINDOWS, type CalorieWindow } from "@/domain/calories";
import { ChartFigure } from "@/components/charts/chart-figure";
import { calorieChartSpec } from "@/components/charts/calorie-chart-spec";
import { dayTitle } from "@/components/charts/day-labels";
import { RangeTabs } from "@/components/charts/range-tabs";
import type { CalorieOverview } from "@/types/calories";
import { calorieSummaryText } from "./calorie-summary-text";
import styles from "./calories.module.css";
import { formatKcal } from "./format";
import { KcalValue } from "./kcal-value";

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.stat}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The last 7 / 30 / 90 days against the goal: averages, chart and an editable day list. */
export function CalorieOverviewSection(props: {
  overview: CalorieOverview;
  windowDays: CalorieWindow;
  /** The owner's display locale (from the request), for the chart and the day list. */
  locale: string;
}) {
  const { overview, windowDays, locale } = props;
  const { summary, goalKcal } = overview;
  return (
    <section className="card stack" aria-labelledby="calorie-history-heading">
      <div className={styles.header}>
        <h2 id="calorie-history-heading">Last {windowDays} days</h2>
        <RangeTabs
          label="Days shown"
          tabs={CALORIE_WINDOWS.map((days) => ({
            label: `${days}d`,
            href: `/calories?days=${days}`,
            current: days === windowDays,
          }))}
        />
      </div>
      <dl className={styles.stats}>
        <Stat label="7-day average">
          <KcalValue kcal={summary.sevenDayAverageKcal} locale={locale} />
        </Stat>
        <Stat label={`${windowDays}-day average`}>
          <KcalValue kcal={summary.averageKcal} locale={locale} />
        </Stat>
        <Stat label="Days over goal">
          {summary.daysOverGoal}
          <span className={styles.unit}> of {summary.loggedDays}</span>
        </Stat>
      </dl>
      <ChartFigure
        spec={calorieChartSpec(summary.days, goalKcal, locale)}
        title={`Calories, last ${windowDays} days`}
        summary={calorieSummaryText(summary, goalKcal, locale)}
      />
      <details open={windowDays === 7}>
        <summary>Every day ({summary.loggedDays} logged)</summary>
        <table className={styles.days}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Eaten</th>
              <th scope="col">
                <span className="sr-only">Edit</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...summary.days].reverse().map((day) => (
              <tr key={day.date}>
                <td>{dayTitle(day.date, locale)}</td>
                <td className={day.goalStatus === "over" ? styles.over : undefined}>
                  {day.kcal === null ? "—" : formatKcal(day.kcal, locale)}
                </td>
                <td>
                  <Link href={`/calories?days=${windowDays}&day=${day.date}#log`}>
                    Edit<span className="sr-only"> {dayTitle(day.date, locale)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
