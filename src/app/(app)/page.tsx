import type { Metadata } from "next";
import Link from "next/link";
import { TodayCaloriesCard } from "@/components/calories/today-calories-card";
import { DaySwitcher } from "@/components/today/day-switcher";
import { TodayDiaryCard } from "@/components/today/today-diary-card";
import { TodayWeightCard } from "@/components/today/today-weight-card";
import { diaryPreview } from "@/domain/diary";
import { dayHeading } from "@/components/today/day-label";
import { TodayList } from "@/components/today/today-list";
import { formatDay } from "@/domain/calendar/date-format";
import styles from "@/components/today/today.module.css";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { loadOrExplain } from "@/server/http/user-error";
import { getRequestScope } from "@/server/request-scope";
import { getCalorieBalance } from "@/server/services/calories/calories";
import { getDiary } from "@/server/services/diary/diary";
import { getWeightOnDay } from "@/server/services/weight/weight";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { loadDayList } from "@/server/services/tasks";
import { quickAddCaloriesAction, restoreCaloriesAction } from "./calories/actions";
import { addDiaryLineAction } from "./diary/actions";
import { deleteWeightAction, loadWeightAction, saveWeightAction } from "./weight/actions";
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
  const [balance, weighIn, entry, calendar, locale] = await Promise.all([
    getCalorieBalance(db, { day: list.day }, now),
    getWeightOnDay(db, { day: list.day }, now),
    getDiary(db, { day: list.day }),
    loadOwnerCalendar(db, now),
    getRequestLocale(),
  ]);
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
        <div className={styles.side}>
          <TodayCaloriesCard
            day={list.day}
            today={list.today}
            balance={balance}
            locale={locale}
            actions={{ add: quickAddCaloriesAction, restore: restoreCaloriesAction }}
          />
          <TodayWeightCard
            day={list.day}
            today={list.today}
            unit={calendar.settings.weightUnit}
            shown={weighIn?.shown ?? null}
            version={weighIn?.version ?? 0}
            actions={{ save: saveWeightAction, remove: deleteWeightAction, load: loadWeightAction }}
          />
          <TodayDiaryCard
            day={list.day}
            preview={entry ? diaryPreview(entry.content) : ""}
            addLine={addDiaryLineAction}
          />
        </div>
      </div>
    </div>
  );
}
