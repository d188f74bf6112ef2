import { countOf } from "@/domain/text";
import type { TaskStreak } from "@/types/tasks";
import styles from "./insights.module.css";

type StreakRow = TaskStreak;

const UNITS: Record<StreakRow["period"], [string, string]> = {
  daily: ["day", "days"],
  weekly: ["week", "weeks"],
  monthly: ["month", "months"],
};

function count(value: number, period: StreakRow["period"]): string {
  return countOf(value, ...UNITS[period]);
}

/** Current and best streak of every recurring task, longest current streak first. */
export function StreaksTable({ streaks }: { streaks: StreakRow[] }) {
  if (streaks.length === 0) {
    return <p className="muted">No recurring tasks yet.</p>;
  }
  const sorted = [...streaks].sort((a, b) => b.current - a.current || b.best - a.best);
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Task</th>
          <th scope="col">Current</th>
          <th scope="col">Best</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((streak) => (
          <tr key={streak.taskId}>
            <th scope="row">{streak.title}</th>
            <td className={streak.current > 0 ? styles.active : undefined}>
              {count(streak.current, streak.period)}
            </td>
            <td>{count(streak.best, streak.period)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
