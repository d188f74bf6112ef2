"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { addDays, type IsoDate } from "@/domain/calendar";
import styles from "./today.module.css";

function dayHref(day: IsoDate, today: IsoDate): string {
  return day === today ? "/" : `/?day=${day}`;
}

/** Previous / next day and a date picker; never goes past today. */
export function DaySwitcher({ day, today }: { day: IsoDate; today: IsoDate }) {
  const router = useRouter();
  const isToday = day === today;
  return (
    <nav className={styles.switcher} aria-label="Choose a day">
      <Link className="button" href={dayHref(addDays(day, -1), today)} aria-label="Previous day">
        ‹
      </Link>
      <form action="/" method="get" className={styles.dateForm}>
        <label className="sr-only" htmlFor="day-picker">
          Day
        </label>
        <input
          id="day-picker"
          type="date"
          name="day"
          max={today}
          required
          value={day}
          onChange={(event) => {
            const value = event.target.value;
            if (value && value <= today) router.push(dayHref(value, today));
          }}
        />
      </form>
      {isToday ? (
        <span className={`button ${styles.disabled}`} aria-hidden="true">
          ›
        </span>
      ) : (
        <Link className="button" href={dayHref(addDays(day, 1), today)} aria-label="Next day">
          ›
        </Link>
      )}
      {!isToday && (
        <Link className="button" href="/">
          Today
        </Link>
      )}
    </nav>
  );
}
