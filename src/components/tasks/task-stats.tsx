import { RATE_WINDOWS, type CompletionRate, type RateWindow } from "@/domain/calendar";
import { countOf, pluralWord } from "@/domain/text";
import type { TaskHistory } from "@/types/tasks";
import { formatProgress } from "./describe";
import { shortDate } from "../today/day-label";
import styles from "./tasks.module.css";

const WINDOW_LABELS: Record<RateWindow, string> = {
  "4w": "Last 4 weeks",
  "12w": "Last 12 weeks",
  "1y": "Last year",
};

const UNIT_BY_PERIOD = {
  daily: ["day", "days"],
  weekly: ["week", "weeks"],
  monthly: ["month", "months"],
} as const;

function percent(rate: CompletionRate): string {
  return rate.rate === null ? "–" : `${Math.round(rate.rate * 100)} %`;
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className={styles.stat}>
      <dt>{label}</dt>
      <dd>
        <span className={styles.statValue}>{value}</span>
        {detail && <span className="muted">{detail}</span>}
      </dd>
    </div>
  );
}

/** Current and best streak and completion rates; progress for one-off tasks. */
export function TaskStats({ history, locale }: { history: TaskHistory; locale: string }) {
  const { task, streaks, rates } = history;
  if (task.period === "once" || !streaks || !rates) {
    return (
      <dl className={styles.stats}>
        <Stat label="Progress" value={formatProgress(history.total, task.targetCount, task.unit)} />
        {task.scheduledDate && (
          <Stat label="Due" value={shortDate(task.scheduledDate, history.today, locale)} />
        )}
      </dl>
    );
  }
  const [one, other]: readonly [string, string] = UNIT_BY_PERIOD[task.period];
  return (
    <dl className={styles.stats}>
      <Stat
        label="Current streak"
        value={String(streaks.current)}
        detail={pluralWord(streaks.current, one, other)}
      />
      <Stat
        label="Best streak"
        value={String(streaks.best)}
        detail={pluralWord(streaks.best, one, other)}
      />
      {RATE_WINDOWS.map((window) => (
        <Stat
          key={window}
          label={WINDOW_LABELS[window]}
          value={percent(rates[window])}
          detail={`${rates[window].reached} of ${countOf(rates[window].counted, one, other)}`}
        />
      ))}
    </dl>
  );
}
