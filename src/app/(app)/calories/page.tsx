import type { Metadata } from "next";
import { CALORIE_WINDOWS, dayBalance, type CalorieWindow } from "@/domain/calories";
import { isIsoDay } from "@/domain/weight";
import { CalorieDayEditor } from "@/components/calories/calorie-day-editor";
import { CalorieOverviewSection } from "@/components/calories/calorie-overview";
import { requireOwner } from "@/server/auth/session";
import { getCalorieOverview, getCaloriesOnDay } from "@/server/services/calories/calories";

export const metadata: Metadata = { title: "Calories" };

function parseWindow(value: string | undefined): CalorieWindow {
  return CALORIE_WINDOWS.find((days) => String(days) === value) ?? 30;
}

export default async function CaloriesPage(props: {
  searchParams: Promise<{ days?: string; date?: string }>;
}) {
  await requireOwner();
  const params = await props.searchParams;
  const windowDays = parseWindow(params.days);
  const overview = await getCalorieOverview(windowDays);
  const requested = params.date ?? "";
  const date = isIsoDay(requested) && requested <= overview.today ? requested : overview.today;
  const kcal = await getCaloriesOnDay(date);
  return (
    <>
      <h1>Calories</h1>
      <div className="stack">
        <CalorieDayEditor
          date={date}
          today={overview.today}
          windowDays={windowDays}
          balance={dayBalance(kcal, overview.goalKcal)}
          kcal={kcal}
        />
        <CalorieOverviewSection overview={overview} windowDays={windowDays} />
      </div>
    </>
  );
}
