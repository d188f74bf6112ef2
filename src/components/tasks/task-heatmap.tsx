import { countOf } from "@/domain/text";
import type { TaskHistory } from "@/types/tasks";
import { heatmapMonths, weekdayInitials } from "./heatmap-months";
import styles from "./heatmap.module.css";

/** Twelve month calendars, one cell per day, shaded by the number of completions. */
export function TaskHeatmap({ history }: { history: TaskHistory }) {
  const { task, weekStartsOn, today } = history;
  const dailyTarget = task.period === "daily" ? task.targetCount : 1;
  const months = heatmapMonths(history.heatmap, weekStartsOn, dailyTarget);
  const initials = weekdayInitials(weekStartsOn);
  return (
    <div className={styles.months}>
      {months.map((month) => (
        <figure
          key={month.key}
          className={styles.month}
          role="img"
          aria-label={`${month.label}: ${countOf(month.total, "completion", "completions")} on ${countOf(month.activeDays, "day", "days")}`}
        >
          <figcaption aria-hidden="true">{month.label}</figcaption>
          <div className={styles.grid} aria-hidden="true">
            {initials.map((initial, index) => (
              <span key={`h${index}`} className={styles.weekday}>
                {initial}
              </span>
            ))}
            {Array.from({ length: month.leadingBlanks }, (_, index) => (
              <span key={`b${index}`} />
            ))}
            {month.cells.map((cell) => (
              <span
                key={cell.day}
                className={styles.cell}
                data-level={cell.level}
                data-today={cell.day === today || undefined}
                title={`${cell.day}: ${countOf(cell.count, "completion", "completions")}`}
              />
            ))}
          </div>
        </figure>
      ))}
      <p className={styles.legend} aria-hidden="true">
        Less
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className={styles.cell} data-level={level} />
        ))}
        More
      </p>
    </div>
  );
}
