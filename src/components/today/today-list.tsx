import Link from "next/link";
import type { DayList } from "@/types/tasks";
import type { CompletionActions } from "./action-types";
import { TodayTaskRow } from "./today-task-row";
import styles from "./today.module.css";

export function TodayList({ list, actions }: { list: DayList; actions: CompletionActions }) {
  if (list.items.length === 0) {
    return (
      <p className={`card muted ${styles.empty}`}>
        Nothing due {list.day === list.today ? "today" : "on this day"}.{" "}
        <Link href="/tasks">Add a habit or task</Link>.
      </p>
    );
  }
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading" className={styles.summary}>
        {list.day === list.today ? "Due today" : "Due that day"}
      </h2>
      <ul className={styles.list}>
        {list.items.map((item) => (
          <TodayTaskRow
            key={`${list.day}:${item.taskId}`}
            item={item}
            today={list.today}
            actions={actions}
          />
        ))}
      </ul>
    </section>
  );
}
