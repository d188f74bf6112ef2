import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addDays } from "@/domain/calendar";
import { formatDay } from "@/domain/calendar/date-format";
import { DiaryEditor } from "@/components/diary/diary-editor";
import styles from "@/components/diary/diary.module.css";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { loadOrExplain } from "@/server/http/user-error";
import { getRequestScope } from "@/server/request-scope";
import { getDiary } from "@/server/services/diary/diary";
import { loadLoggableDay } from "@/server/services/input";
import { saveDiaryAction } from "../actions";

export const metadata: Metadata = { title: "Diary" };

export default async function DiaryDayPage(props: { params: Promise<{ day: string }> }) {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const { day: requested } = await props.params;
  const loaded = await loadOrExplain(() => loadLoggableDay(db, requested, now));
  if (!loaded.ok) notFound();
  const { day, calendar } = loaded.data;
  const { today } = calendar;
  const entry = await getDiary(db, { day });
  const text = entry?.content ?? "";
  const next = addDays(day, 1);
  const shown = formatDay(day, await getRequestLocale());
  return (
    <>
      <div className={styles.dayNav}>
        <Link href={`/diary/${addDays(day, -1)}`}>← Previous day</Link>
        <Link href={`/diary?month=${day.slice(0, 7)}`}>All entries</Link>
        {next <= today ? <Link href={`/diary/${next}`}>Next day →</Link> : <span />}
      </div>
      <h1>
        {day === today && "Today, "}
        <time dateTime={day}>{shown}</time>
      </h1>
      <DiaryEditor
        key={day}
        day={day}
        initialText={text}
        initialVersion={entry?.version ?? 0}
        initialMode={text === "" || day === today ? "write" : "read"}
        save={saveDiaryAction}
      />
    </>
  );
}
