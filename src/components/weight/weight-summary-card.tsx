import Link from "next/link";
import { formatWeight } from "@/domain/weight";
import type { WeightOverview } from "@/types/weight";
import { etaText, formatRate } from "./weight-text";
import styles from "./weight.module.css";

/** Trend, weekly rate, goal and ETA (rate and ETA only with enough recent weigh-ins). */
export function WeightSummaryCard({
  overview,
  locale,
}: {
  overview: WeightOverview;
  /** The owner's display locale (from the request), for the ETA and numbers. */
  locale: string;
}) {
  const { summary, unit, goalKg } = overview;
  const rate =
    summary.weeklyRateKg === null
      ? `Needs 4 weigh-ins in 14 days (${summary.weighInsInRateWindow} so far)`
      : formatRate(summary.weeklyRateKg, unit, locale);
  return (
    <dl className={styles.stats}>
      <div>
        <dt>Trend</dt>
        <dd>
          {summary.latestTrendKg === null ? "—" : formatWeight(summary.latestTrendKg, unit, locale)}
        </dd>
      </div>
      <div>
        <dt>Weekly rate</dt>
        <dd className={summary.weeklyRateKg === null ? styles.small : undefined}>{rate}</dd>
      </div>
      <div>
        <dt>Goal</dt>
        <dd>
          {goalKg === null ? (
            <Link href="/settings#health-heading">Set a goal</Link>
          ) : (
            formatWeight(goalKg, unit, locale)
          )}
        </dd>
      </div>
      {goalKg !== null && (
        <div>
          <dt>Goal reached by</dt>
          <dd className={styles.small}>{etaText(summary.eta, summary.reachedGoal, locale)}</dd>
        </div>
      )}
    </dl>
  );
}
