import type { IsoDate } from "@/domain/calendar";
import { countOf } from "@/domain/text";
import type { DeletedTaskHistory } from "@/types/tasks";
import { shortDate } from "../today/day-label";
import styles from "./tasks.module.css";

/** Completions of deleted tasks, still readable under the titles they were recorded with. */
export function DeletedHistoryList({
  rows,
  today,
  locale,
}: {
  rows: DeletedTaskHistory[];
  today: IsoDate;
  locale: string;
}) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="deleted-heading">
      <h2 id="deleted-heading">History of deleted tasks</h2>
      <ul className={`card stack ${styles.plainList}`}>
        {rows.map((row) => (
          <li key={row.title} className="row">
            <strong>{row.title}</strong>
            <span className="muted">
              {countOf(row.count, "completion", "completions")},{" "}
              {row.firstDate === row.lastDate
                ? shortDate(row.firstDate, today, locale)
                : `${shortDate(row.firstDate, today, locale)} – ${shortDate(row.lastDate, today, locale)}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
