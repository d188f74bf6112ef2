import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { describeSchedule } from "@/components/tasks/describe";
import { TaskForm } from "@/components/tasks/task-form";
import { TaskHeatmap } from "@/components/tasks/task-heatmap";
import { TaskLifecycleButtons } from "@/components/tasks/task-lifecycle-buttons";
import { TaskStats } from "@/components/tasks/task-stats";
import styles from "@/components/tasks/tasks.module.css";
import { TitleHistory } from "@/components/tasks/title-history";
import { shortDate } from "@/components/today/day-label";
import { countOf } from "@/domain/text";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import { loadOrExplain } from "@/server/http/user-error";
import { loadTaskHistory } from "@/server/services/tasks";
import {
  archiveTaskAction,
  deleteTaskAction,
  restoreTaskAction,
  updateTaskAction,
} from "../actions";
import { completeTaskAction, undoCompletionAction } from "../completion-actions";

export const metadata: Metadata = { title: "Task" };

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const { id } = await params;
  const loaded = await loadOrExplain(() => loadTaskHistory(db, id, now));
  const locale = await getRequestLocale();
  const back = (
    <Link href="/tasks" className={styles.back}>
      ← All tasks
    </Link>
  );
  // Every refusal of loadTaskHistory is "no such task" (a malformed or deleted id): a 404.
  if (!loaded.ok) notFound();
  const history = loaded.data;
  const { task, today, asOf } = history;
  const heading = (id: string, text: string) => (
    <h2 id={id} className={styles.cardHeading}>
      {text}
    </h2>
  );
  return (
    <div className={styles.page}>
      {back}
      <h1>
        {task.title}
        {!task.active && <span className={styles.archivedBadge}>Archived</span>}
      </h1>
      <p className={`muted ${styles.meta}`}>
        {describeSchedule(task, today, locale)} ·{" "}
        {countOf(history.total, "completion", "completions")} in all
        {asOf !== today &&
          ` · streaks as of ${shortDate(asOf, today, locale)}, when it was archived`}
      </p>
      <div className="stack">
        <section className="card stack" aria-labelledby="stats-heading">
          {heading("stats-heading", task.period === "once" ? "Progress" : "Streaks and rates")}
          <TaskStats history={history} locale={locale} />
        </section>
        <section className="card stack" aria-labelledby="heatmap-heading">
          {heading("heatmap-heading", "Calendar")}
          <TaskHeatmap
            taskId={task.id}
            cells={history.heatmap}
            weekStartsOn={history.weekStartsOn}
            today={today}
            firstDay={history.firstDay}
            dailyTarget={task.period === "daily" ? task.targetCount : 1}
            locale={locale}
            actions={
              task.active ? { complete: completeTaskAction, undo: undoCompletionAction } : undefined
            }
          />
        </section>
        <TitleHistory titles={history.titles} today={today} locale={locale} />
        <section className="card stack" aria-labelledby="edit-heading">
          {heading("edit-heading", "Edit")}
          <TaskForm
            action={updateTaskAction}
            initial={{ ...task, taskId: task.id }}
            submitLabel="Save changes"
            defaultDate={today}
          />
        </section>
        <section className="card stack" aria-labelledby="remove-heading">
          {heading("remove-heading", task.active ? "Archive or delete" : "Restore or delete")}
          <TaskLifecycleButtons
            taskId={task.id}
            title={task.title}
            active={task.active}
            archive={archiveTaskAction}
            restore={restoreTaskAction}
            remove={deleteTaskAction}
          />
        </section>
      </div>
    </div>
  );
}
