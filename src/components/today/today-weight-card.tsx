import Link from "next/link";
import type { IsoDate } from "@/domain/calendar";
import type { WeightUnit } from "@/domain/weight";
import { WeightEntryForm, type WeightEntryActions } from "@/components/weight/weight-entry-form";
import styles from "./today.module.css";

/** The day's weigh-in on Today, saved without leaving the page. */
export function TodayWeightCard(props: {
  day: IsoDate;
  today: IsoDate;
  unit: WeightUnit;
  shown: number | null;
  version: number;
  actions: WeightEntryActions;
}) {
  const { day, today } = props;
  return (
    <section className="card stack" aria-labelledby="today-weight-heading">
      <div className={styles.cardHeader}>
        <h2 id="today-weight-heading">Weight</h2>
        <Link href={`/weight?day=${day}`}>Trend</Link>
      </div>
      <WeightEntryForm
        key={day}
        day={day}
        today={today}
        unit={props.unit}
        shown={props.shown}
        version={props.version}
        actions={props.actions}
        fixedDay
      />
    </section>
  );
}
