import type { IsoDate } from "@/domain/calendar";
import type { TaskListItem } from "@/types/tasks";
import { RestoreButton } from "./restore-button";
import { TaskLink } from "./task-link";
import { TaskOrderList } from "./task-order-list";
import styles from "./tasks.module.css";
import type { TaskRefAction } from "./use-action-runner";
import type { ReorderAction } from "./use-task-order";

export interface TaskListActions {
  reorder: ReorderAction;
  restore: TaskRefAction<{ title: string }>;
}

interface Props {
  tasks: TaskListItem[];
  today: IsoDate;
  /** The owner's display locale (from the request), for due dates. */
  locale: string;
  actions: TaskListActions;
}

/** Active tasks in the owner's order (movable), then archived ones (restorable). */
export function TaskList({ tasks, today, locale, actions }: Props) {
  const active = tasks.filter((task) => task.active);
  const archived = tasks.filter((task) => !task.active);
  return (
    <>
      <section aria-labelledby="active-heading">
        <h2 id="active-heading">Your tasks</h2>
        {active.length === 0 && <p className="muted">No tasks yet: add one below.</p>}
        <TaskOrderList tasks={active} today={today} locale={locale} reorder={actions.reorder} />
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading">Archived</h2>
          <ul className={styles.taskList}>
            {archived.map((task) => (
              <li key={task.id} className={styles.taskRow}>
                <TaskLink task={task} today={today} locale={locale} />
                <RestoreButton taskId={task.id} title={task.title} restore={actions.restore} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
