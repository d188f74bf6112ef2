import Link from "next/link";
import { markdownToPlainText, monthTitle, shiftMonth, snippetAround } from "@/domain/diary";
import { formatDay } from "@/domain/calendar/date-format";
import type { DiaryEntry, DiaryMonth } from "@/types/diary";
import listStyles from "./diary-list.module.css";
import styles from "./diary.module.css";

/** One month's entries, newest first, with links to the months around it. */
export function MonthEntries(props: {
  month: string;
  currentMonth: string;
  entries: DiaryEntry[];
  months: DiaryMonth[];
  /** The owner's display locale (from the request). */
  locale: string;
}) {
  const { month, currentMonth, entries, months } = props;
  const next = shiftMonth(month, 1);
  return (
    <section className="stack" aria-labelledby="diary-month-heading">
      <div className={styles.dayNav}>
        <Link href={`/diary?month=${shiftMonth(month, -1)}`}>← Earlier</Link>
        <h2 id="diary-month-heading">{monthTitle(month, props.locale)}</h2>
        {next <= currentMonth ? <Link href={`/diary?month=${next}`}>Later →</Link> : <span />}
      </div>
      {entries.length === 0 ? (
        <p className="muted">No entries this month.</p>
      ) : (
        <ul className={listStyles.entries}>
          {entries.map((entry) => (
            <li key={entry.date}>
              <Link href={`/diary/${entry.date}`} className={listStyles.entry}>
                <strong>
                  <time dateTime={entry.date}>{formatDay(entry.date, props.locale)}</time>
                </strong>
                {snippetAround(markdownToPlainText(entry.content), [])}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {months.length > 0 && (
        <nav aria-label="Months with entries">
          <ul className={listStyles.months}>
            {months.map((item) => (
              <li key={item.month}>
                <Link
                  href={`/diary?month=${item.month}`}
                  aria-current={item.month === month ? "page" : undefined}
                >
                  {monthTitle(item.month, props.locale)} ({item.entries})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
