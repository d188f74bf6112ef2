import { calorieChartSpec } from "@/components/charts/calorie-chart-spec";
import { ChartFigure } from "@/components/charts/chart-figure";
import {
  completionChartSpec,
  completionSummaryText,
} from "@/components/charts/completion-chart-spec";
import { weightChartSpec } from "@/components/charts/weight-chart-spec";
import { calorieSummaryText } from "@/components/calories/calorie-summary-text";
import { WeightSummaryCard } from "@/components/weight/weight-summary-card";
import { weightSummaryText } from "@/components/weight/weight-summary-text";
import { kgToDisplay } from "@/domain/weight";
import type { Insights } from "@/types/insights";
import { InsightCard } from "./insight-card";
import styles from "./insights.module.css";
import { StreaksTable } from "./streaks-table";

export function InsightsView({
  insights,
  locale,
}: {
  insights: Insights;
  /** The owner's display locale (from the request), for the charts' days. */
  locale: string;
}) {
  const { weight, calories, tasks } = insights;
  const goal = weight.goalKg === null ? null : kgToDisplay(weight.goalKg, weight.unit);
  return (
    <div className={styles.grid}>
      <InsightCard
        id="insight-weight"
        title="Weight trend, 90 days"
        link={{ href: "/weight", label: "Weight" }}
      >
        <WeightSummaryCard overview={weight} locale={locale} />
        {weight.points.length === 0 ? (
          <p className="muted">No weigh-ins in the last 90 days.</p>
        ) : (
          <ChartFigure
            spec={weightChartSpec(weight.points, goal, weight.unit, locale)}
            title={`Weight in ${weight.unit}, last 90 days`}
            summary={weightSummaryText({
              ...weight,
              weighInsShown: weight.weighInsInRange,
              locale,
            })}
          />
        )}
      </InsightCard>
      <InsightCard
        id="insight-calories"
        title="Calories vs goal, 30 days"
        link={{ href: "/calories", label: "Calories" }}
      >
        <ChartFigure
          spec={calorieChartSpec(calories.summary.days, calories.goalKcal, locale)}
          title="Calories, last 30 days"
          summary={calorieSummaryText(calories.summary, calories.goalKcal, locale)}
        />
      </InsightCard>
      <InsightCard
        id="insight-completion"
        title="Tasks completed per week"
        link={{ href: "/tasks", label: "Tasks" }}
      >
        <ChartFigure
          spec={completionChartSpec(tasks.weekly, locale)}
          title="Task completion rate per week"
          summary={completionSummaryText(tasks.weekly)}
        />
      </InsightCard>
      <InsightCard id="insight-streaks" title="Current streaks">
        <StreaksTable streaks={tasks.streaks} />
      </InsightCard>
    </div>
  );
}
