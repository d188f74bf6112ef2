import Link from "next/link";
import type { IsoDate } from "@/domain/calendar";
import type { Task } from "@/types/tasks";
import { describeSchedule } from "./describe";
import styles from "./tasks.module.css";

/** A task's title (linking to its page) and how often it is due. */
export function TaskLink(props: {
  task: Task & { finished?: boolean };
  today: IsoDate;
  locale: string;
}) {
  const { task, today, locale } = props;
  return (
    <span className={styles.taskInfo}>
      <Link href={`/tasks/${task.id}`} className={styles.taskTitle}>
        {task.title}
      </Link>
      <span className={`muted ${styles.schedule}`}>
        {describeSchedule(task, today, locale)}
        {task.finished && <span className={styles.doneBadge}> · ✓ Done</span>}
      </span>
    </span>
  );
}
