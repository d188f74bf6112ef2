import type { Metadata } from "next";
import Link from "next/link";
import { TodayCaloriesCard } from "@/components/calories/today-calories-card";
import { DaySwitcher } from "@/components/today/day-switcher";
import { dayHeading } from "@/components/today/day-label";
import { TodayList } from "@/components/today/today-list";
import styles from "@/components/today/today.module.css";
import { requireOwner } from "@/server/auth/session";
import { getDataSource } from "@/server/db/data-source";
import { UserError } from "@/server/http/user-error";
import { loadDayList } from "@/server/services/tasks";
import { completeTaskAction, undoCompletionAction } from "./tasks/completion-actions";

export const metadata: Metadata = { title: "Today" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function loadList(day: string | undefined) {
  try {
    return { list: await loadDayList(await getDataSource(), day) };
  } catch (error) {
    if (error instanceof UserError) return { problem: error.message };
    throw error;
  }
}

export default async function TodayPage({ searchParams }: { searchParams: SearchParams }) {
  await requireOwner();
  const { day } = await searchParams;
  const { list, problem } = await loadList(typeof day === "string" ? day : undefined);
  if (!list) {
    return (
      <div className={styles.page}>
        <h1>Today</h1>
        <p className={`card ${styles.notice}`} role="alert">
          {problem} <Link href="/">Back to today</Link>
        </p>
      </div>
    );
  }
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <h1>{dayHeading(list.day, list.today)}</h1>
        {list.day !== list.today && <span className="muted">{list.day}</span>}
      </div>
      <DaySwitcher day={list.day} today={list.today} />
      <div className={styles.columns}>
        <TodayList
          list={list}
          actions={{ complete: completeTaskAction, undo: undoCompletionAction }}
        />
        <div>
          <TodayCaloriesCard day={list.day} />
        </div>
      </div>
    </div>
  );
}
