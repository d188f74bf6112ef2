import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DiaryTools } from "@/components/diary/diary-tools";
import { MonthEntries } from "@/components/diary/month-entries";
import { SearchResults } from "@/components/diary/search-results";
import { PageNotice } from "@/components/errors/page-notice";
import { diaryMonthSchema } from "@/schemas/diary";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import {
  listDiaryMonth,
  listDiaryMonthsWithEntries,
  searchDiary,
} from "@/server/services/diary/diary";
import { pastDayOrToday } from "@/server/services/input";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";

export const metadata: Metadata = { title: "Diary" };

export default async function DiaryPage(props: {
  searchParams: Promise<{ q?: string; month?: string; day?: string }>;
}) {
  await requireOwner();
  const params = await props.searchParams;
  const { db, now } = await getRequestScope();
  const { today } = await loadOwnerCalendar(db, now);
  const asked = params.day === undefined ? null : pastDayOrToday(params.day, today);
  if (asked?.notice === null) redirect(`/diary/${asked.day}`);
  const query = (params.q ?? "").trim();
  const currentMonth = today.slice(0, 7);
  const requestedMonth = diaryMonthSchema.safeParse(params.month);
  const month =
    requestedMonth.success && requestedMonth.data <= currentMonth
      ? requestedMonth.data
      : currentMonth;
  return (
    <>
      <h1>Diary</h1>
      <PageNotice notice={asked?.notice ?? null} />
      <div className="stack">
        <div>
          <Link href={`/diary/${today}`} className="button primary">
            Write today’s entry
          </Link>
        </div>
        <DiaryTools today={today} query={query} />
        {query ? (
          <SearchResults
            query={query}
            hits={(await searchDiary(db, { query })).hits}
            locale={await getRequestLocale()}
          />
        ) : (
          <MonthEntries
            month={month}
            currentMonth={currentMonth}
            entries={await listDiaryMonth(db, { month })}
            months={await listDiaryMonthsWithEntries(db)}
            locale={await getRequestLocale()}
          />
        )}
      </div>
    </>
  );
}
