import Link from "next/link";
import { WEIGHT_RANGES, type WeightRange } from "@/domain/weight";
import { ChartFigure } from "@/components/charts/chart-figure";
import { RangeTabs } from "@/components/charts/range-tabs";
import { weightChartSpec } from "@/components/charts/weight-chart-spec";
import { formatDay } from "@/domain/calendar/date-format";
import { formatCount, formatFixed } from "@/domain/text";
import { kgToDisplay } from "@/domain/weight";
import type { WeightOverview } from "@/types/weight";
import { weightSummaryText } from "./weight-summary-text";
import styles from "./weight.module.css";

const RANGE_LABELS: Record<WeightRange, string> = {
  "30d": "30d",
  "90d": "90d",
  "365d": "1y",
  all: "All",
};

/** Chart of the chosen range with the weigh-ins below it. */
export function WeightHistory({
  overview,
  range,
  locale,
}: {
  overview: WeightOverview;
  range: WeightRange;
  /** The owner's display locale (from the request), for the chart's and the weigh-ins' dates. */
  locale: string;
}) {
  const { unit, goalKg, points, weighIns, weighInsInRange } = overview;
  const goal = goalKg === null ? null : kgToDisplay(goalKg, unit);
  return (
    <section className="card stack" aria-labelledby="weight-history-heading">
      <div className={styles.header}>
        <h2 id="weight-history-heading">History</h2>
        <RangeTabs
          label="Range shown"
          tabs={WEIGHT_RANGES.map((option) => ({
            label: RANGE_LABELS[option],
            href: `/weight?range=${option}`,
            current: option === range,
          }))}
        />
      </div>
      {points.length === 0 ? (
        <p className="muted">No weigh-ins in this range yet.</p>
      ) : (
        <ChartFigure
          spec={weightChartSpec(points, goal, unit, locale)}
          title={`Weight in ${unit}`}
          summary={weightSummaryText({ ...overview, weighInsShown: weighInsInRange, locale })}
        />
      )}
      {weighIns.length > 0 && (
        <details open={range === "30d"}>
          <summary>Weigh-ins ({formatCount(weighInsInRange, locale)})</summary>
          {weighIns.length < weighInsInRange && (
            <p className="muted">
              The latest {weighIns.length} are listed; to change an older one, choose its day in the
              weigh-in form above.
            </p>
          )}
          <ul className={styles.list}>
            {weighIns.map((entry) => (
              <li key={entry.date}>
                <time dateTime={entry.date}>{formatDay(entry.date, locale)}</time>
                <span>
                  {formatFixed(entry.shown, 1, locale)} {unit}
                  <Link href={`/weight?range=${range}&day=${entry.date}`} prefetch={false}>
                    Edit<span className="sr-only"> {formatDay(entry.date, locale)}</span>
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
