import Link from "next/link";
import type { DayList, DayListItem } from "@/types/tasks";
import type { CompletionActions } from "./action-types";
import { TodayTaskRow } from "./today-task-row";
import styles from "./today.module.css";

function Rows(props: {
  items: DayListItem[];
  list: DayList;
  locale: string;
  actions: CompletionActions;
}) {
  const { items, list, locale, actions } = props;
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <TodayTaskRow
          key={`${list.day}:${item.taskId}`}
          item={item}
          today={list.today}
          locale={locale}
          actions={actions}
        />
      ))}
    </ul>
  );
}

/** The day's tasks; on today also the one-offs of the next days, which can be done early. */
export function TodayList(props: { list: DayList; locale: string; actions: CompletionActions }) {
  const { list, locale, actions } = props;
  const onToday = list.day === list.today;
  const upcoming = onToday ? list.upcoming : [];
  return (
    <div className="stack">
      {list.items.length === 0 ? (
        <p className={`card muted ${styles.empty}`}>
          Nothing due {onToday ? "today" : "on this day"}.{" "}
          <Link href="/tasks">Add a habit or task</Link>.
        </p>
      ) : (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading" className={styles.summary}>
            {onToday ? "Due today" : "Due that day"}
          </h2>
          <Rows items={list.items} list={list} locale={locale} actions={actions} />
        </section>
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading" className={styles.summary}>
            Upcoming
          </h2>
          <Rows items={upcoming} list={list} locale={locale} actions={actions} />
        </section>
      )}
    </div>
  );
}
