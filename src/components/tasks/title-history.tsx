import type { IsoDate } from "@/domain/calendar";
import type { TitleUsage } from "@/types/tasks";
import { shortDate } from "../today/day-label";
import styles from "./tasks.module.css";

/** Shown after a rename: which titles the completions were recorded under. */
export function TitleHistory(props: { titles: TitleUsage[]; today: IsoDate; locale: string }) {
  const { titles, today, locale } = props;
  if (titles.length < 2) return null;
  return (
    <section className="card stack" aria-labelledby="titles-heading">
      <h2 id="titles-heading" className={styles.cardHeading}>
        Recorded under
      </h2>
      <ul className={`stack ${styles.plainList}`}>
        {titles.map((usage) => (
          <li key={usage.title}>
            “{usage.title}”{" "}
            <span className="muted">
              — {usage.count}×, last on {shortDate(usage.lastDate, today, locale)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
