import type { Metadata } from "next";
import { CALORIE_WINDOWS, dayBalance, type CalorieWindow } from "@/domain/calories";
import { CalorieDayEditor } from "@/components/calories/calorie-day-editor";
import { CalorieOverviewSection } from "@/components/calories/calorie-overview";
import { PageNotice } from "@/components/errors/page-notice";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import { getCalorieDay, getCalorieOverview } from "@/server/services/calories/calories";
import { pastDayOrToday } from "@/server/services/input";
import {
  clearCaloriesAction,
  quickAddCaloriesAction,
  restoreCaloriesAction,
  setCaloriesAction,
} from "./actions";

export const metadata: Metadata = { title: "Calories" };

function parseWindow(value: string | undefined): CalorieWindow {
  return CALORIE_WINDOWS.find((days) => String(days) === value) ?? 30;
}

export default async function CaloriesPage(props: {
  searchParams: Promise<{ days?: string; day?: string }>;
}) {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const params = await props.searchParams;
  const windowDays = parseWindow(params.days);
  const overview = await getCalorieOverview(db, { windowDays }, now);
  const { day, notice } = pastDayOrToday(params.day, overview.today);
  const { kcal, version } = await getCalorieDay(db, { day });
  const locale = await getRequestLocale();
  return (
    <>
      <h1>Calories</h1>
      <PageNotice notice={notice} />
      <div className="stack">
        <CalorieDayEditor
          day={day}
          today={overview.today}
          windowDays={windowDays}
          balance={dayBalance(kcal, overview.goalKcal)}
          kcal={kcal}
          version={version}
          locale={locale}
          actions={{
            add: quickAddCaloriesAction,
            save: setCaloriesAction,
            clear: clearCaloriesAction,
            restore: restoreCaloriesAction,
          }}
        />
        <CalorieOverviewSection overview={overview} windowDays={windowDays} locale={locale} />
      </div>
    </>
  );
}
