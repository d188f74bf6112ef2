import type { Metadata } from "next";
import Link from "next/link";
import { TodayCaloriesCard } from "@/components/calories/today-calories-card";
import { DaySwitcher } from "@/components/today/day-switcher";
import { dayHeading } from "@/components/today/day-label";
import { TodayList } from "@/components/today/today-list";
import { formatDay } from "@/domain/calendar/date-format";
import styles from "@/components/today/today.module.css";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { loadOrExplain } from "@/server/http/user-error";
import { getRequestScope } from "@/server/request-scope";
import { getCalorieBalance } from "@/server/services/calories/calories";
import { loadDayList } from "@/server/services/tasks";
import { quickAddCaloriesAction, restoreCaloriesAction } from "./calories/actions";
import { completeTaskAction, undoCompletionAction } from "./tasks/completion-actions";

export const metadata: Metadata = { title: "Today" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TodayPage({ searchParams }: { searchParams: SearchParams }) {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const { day } = await searchParams;
  const loaded = await loadOrExplain(() =>
    loadDayList(db, typeof day === "string" ? day : undefined, now),
  );
  if (!loaded.ok) {
    return (
      <div className={styles.page}>
        <h1>Today</h1>
        <p className={`card ${styles.notice}`} role="alert">
          {loaded.message} <Link href="/">Back to today</Link>
        </p>
      </div>
    );
  }
  const list = loaded.data;
  const balance = await getCalorieBalance(db, { day: list.day }, now);
  const locale = await getRequestLocale();
  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <h1>{dayHeading(list.day, list.today, locale)}</h1>
        <time className="muted" dateTime={list.day}>
          {formatDay(list.day, locale)}
        </time>
      </div>
      <DaySwitcher day={list.day} today={list.today} />
      <div className={styles.columns}>
        <TodayList
          list={list}
          locale={locale}
          actions={{ complete: completeTaskAction, undo: undoCompletionAction }}
        />
        <div>
          <TodayCaloriesCard
            day={list.day}
            today={list.today}
            balance={balance}
            actions={{ add: quickAddCaloriesAction, restore: restoreCaloriesAction }}
          />
        </div>
      </div>
    </div>
  );
}
