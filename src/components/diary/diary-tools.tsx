import styles from "./diary-list.module.css";

/** Jump to a day and search every entry: plain GET forms, so they work before JavaScript loads. */
export function DiaryTools({ today, query }: { today: string; query: string }) {
  return (
    <div className={styles.tools}>
      <form method="get" action="/diary" className={styles.inline} role="search">
        <label>
          Search entries
          <input type="search" name="q" defaultValue={query} placeholder="Words to find" />
        </label>
        <button type="submit">Search</button>
      </form>
      <form method="get" action="/diary" className={styles.inline}>
        <label>
          Go to day
          <input type="date" name="day" max={today} defaultValue={today} required />
        </label>
        <button type="submit">Open</button>
      </form>
    </div>
  );
}
