import type { Metadata } from "next";
import { DeletedHistoryList } from "@/components/tasks/deleted-history-list";
import { TaskForm } from "@/components/tasks/task-form";
import { EMPTY_TASK } from "@/components/tasks/task-form-values";
import { TaskList } from "@/components/tasks/task-list";
import styles from "@/components/tasks/tasks.module.css";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import { listDeletedTaskHistory, listTasks } from "@/server/services/tasks";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { createTaskAction, reorderTasksAction, restoreTaskAction } from "./actions";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const { today } = await loadOwnerCalendar(db, now);
  const tasks = await listTasks(db, now);
  const deleted = await listDeletedTaskHistory(db);
  const locale = await getRequestLocale();
  return (
    <div className={styles.page}>
      <h1>Tasks</h1>
      <div className="stack">
        <TaskList
          tasks={tasks}
          today={today}
          locale={locale}
          actions={{ reorder: reorderTasksAction, restore: restoreTaskAction }}
        />
        <section className="card stack" aria-labelledby="new-task-heading">
          <h2 id="new-task-heading" className={styles.cardHeading}>
            New task
          </h2>
          <TaskForm
            action={createTaskAction}
            initial={EMPTY_TASK}
            submitLabel="Add task"
            defaultDate={today}
          />
        </section>
        <DeletedHistoryList rows={deleted} today={today} locale={locale} />
      </div>
    </div>
  );
}
