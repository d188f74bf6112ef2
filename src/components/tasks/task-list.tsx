import Link from "next/link";
import type { IsoDate } from "@/domain/calendar";
import type { MoveDirection } from "@/schemas/tasks";
import type { Task } from "@/types/tasks";
import type { ActionResult } from "@/schemas/form-state";
import { describeSchedule } from "./describe";
import { RestoreButton } from "./restore-button";
import { TaskOrderButtons } from "./task-order-buttons";
import styles from "./tasks.module.css";
import type { TaskRefAction } from "./use-action-runner";

export interface TaskListActions {
  move(input: { taskId: string; direction: MoveDirection }): Promise<ActionResult<boolean>>;
  restore: TaskRefAction<{ title: string }>;
}

interface Props {
  tasks: Task[];
  today: IsoDate;
  actions: TaskListActions;
}

function TaskLink({ task, today }: { task: Task; today: IsoDate }) {
  return (
    <span className={styles.taskInfo}>
      <Link href={`/tasks/${task.id}`} className={styles.taskTitle}>
        {task.title}
      </Link>
      <span className="muted">{describeSchedule(task, today)}</span>
    </span>
  );
}

/** Active tasks in the owner's order (movable), then archived ones (restorable). */
export function TaskList({ tasks, today, actions }: Props) {
  const active = tasks.filter((task) => task.active);
  const archived = tasks.filter((task) => !task.active);
  return (
    <>
      <section aria-labelledby="active-heading">
        <h2 id="active-heading">Your tasks</h2>
        {active.length === 0 && <p className="muted">No tasks yet: add one below.</p>}
        <ol className={styles.taskList}>
          {active.map((task, index) => (
            <li key={task.id} className={styles.taskRow}>
              <TaskLink task={task} today={today} />
              <TaskOrderButtons
                taskId={task.id}
                title={task.title}
                first={index === 0}
                last={index === active.length - 1}
                move={actions.move}
              />
            </li>
          ))}
        </ol>
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading">Archived</h2>
          <ul className={styles.taskList}>
            {archived.map((task) => (
              <li key={task.id} className={styles.taskRow}>
                <TaskLink task={task} today={today} />
                <RestoreButton taskId={task.id} title={task.title} restore={actions.restore} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
