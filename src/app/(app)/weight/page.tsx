import type { Metadata } from "next";
import { isIsoDay } from "@/domain/weight";
import { WeightEntryForm } from "@/components/weight/weight-entry-form";
import { WeightHistory } from "@/components/weight/weight-history";
import { WeightSummaryCard } from "@/components/weight/weight-summary-card";
import styles from "@/components/weight/weight.module.css";
import { weightRangeSchema } from "@/schemas/weight";
import { requireOwner } from "@/server/auth/session";
import { getWeightOnDay, getWeightOverview } from "@/server/services/weight/weight";

export const metadata: Metadata = { title: "Weight" };

export default async function WeightPage(props: {
  searchParams: Promise<{ range?: string; date?: string }>;
}) {
  await requireOwner();
  const params = await props.searchParams;
  const range = weightRangeSchema.parse(params.range);
  const overview = await getWeightOverview(range);
  const requested = params.date ?? "";
  const date = isIsoDay(requested) && requested <= overview.today ? requested : overview.today;
  const current = await getWeightOnDay(date);
  return (
    <>
      <h1>Weight</h1>
      <div className="stack">
        <section className="card stack" aria-labelledby="weigh-in-heading">
          <h2 id="weigh-in-heading" className={styles.title}>
            Weigh-in
          </h2>
          <WeightEntryForm
            date={date}
            today={overview.today}
            unit={overview.unit}
            shown={current?.shown ?? null}
          />
        </section>
        <section className="card" aria-label="Summary">
          <WeightSummaryCard overview={overview} />
        </section>
        <WeightHistory overview={overview} range={range} />
      </div>
    </>
  );
}
