import type { Metadata } from "next";
import { WeightEntryForm } from "@/components/weight/weight-entry-form";
import { WeightHistory } from "@/components/weight/weight-history";
import { WeightSummaryCard } from "@/components/weight/weight-summary-card";
import styles from "@/components/weight/weight.module.css";
import { weightRangeSchema } from "@/schemas/weight";
import { PageNotice } from "@/components/errors/page-notice";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import { pastDayOrToday } from "@/server/services/input";
import { getWeightOnDay, getWeightOverview } from "@/server/services/weight/weight";
import { deleteWeightAction, loadWeightAction, saveWeightAction } from "./actions";

export const metadata: Metadata = { title: "Weight" };

export default async function WeightPage(props: {
  searchParams: Promise<{ range?: string; day?: string }>;
}) {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const params = await props.searchParams;
  const range = weightRangeSchema.parse(params.range);
  const overview = await getWeightOverview(db, { range }, now);
  const { day, notice } = pastDayOrToday(params.day, overview.today);
  const current = await getWeightOnDay(db, { day }, now);
  const locale = await getRequestLocale();
  return (
    <>
      <h1>Weight</h1>
      <PageNotice notice={notice} />
      <div className="stack">
        <section className="card stack" aria-labelledby="weigh-in-heading">
          <h2 id="weigh-in-heading" className={styles.title}>
            Weigh-in
          </h2>
          <WeightEntryForm
            key={day}
            day={day}
            today={overview.today}
            unit={overview.unit}
            shown={current?.shown ?? null}
            version={current?.version ?? 0}
            actions={{ save: saveWeightAction, remove: deleteWeightAction, load: loadWeightAction }}
          />
        </section>
        <section className="card" aria-label="Summary">
          <WeightSummaryCard overview={overview} locale={locale} />
        </section>
        <WeightHistory overview={overview} range={range} locale={locale} />
      </div>
    </>
  );
}
