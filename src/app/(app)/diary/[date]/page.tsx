import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addIsoDays, isIsoDay } from "@/domain/weight";
import { dayTitle } from "@/components/charts/day-labels";
import { DiaryEditor } from "@/components/diary/diary-editor";
import styles from "@/components/diary/diary.module.css";
import { requireOwner } from "@/server/auth/session";
import { getDiary } from "@/server/services/diary/diary";
import { getOwnerToday } from "@/server/settings/owner-today";

export const metadata: Metadata = { title: "Diary" };

export default async function DiaryDayPage(props: { params: Promise<{ date: string }> }) {
  await requireOwner();
  const { date } = await props.params;
  const { today } = await getOwnerToday();
  if (!isIsoDay(date) || date > today) notFound();
  const entry = await getDiary(date);
  const text = entry?.content ?? "";
  const next = addIsoDays(date, 1);
  return (
    <>
      <div className={styles.dayNav}>
        <Link href={`/diary/${addIsoDays(date, -1)}`}>← Previous day</Link>
        <Link href={`/diary?month=${date.slice(0, 7)}`}>All entries</Link>
        {next <= today ? <Link href={`/diary/${next}`}>Next day →</Link> : <span />}
      </div>
      <h1>{date === today ? `Today, ${dayTitle(date)}` : dayTitle(date)}</h1>
      <DiaryEditor
        key={date}
        date={date}
        initialText={text}
        initialMode={text === "" || date === today ? "write" : "read"}
      />
    </>
  );
}
