import Link from "next/link";
import { countOf } from "@/domain/text";
import { formatDay } from "@/domain/calendar/date-format";
import type { DiarySearchHit } from "@/types/diary";
import styles from "./diary-list.module.css";

/** Search hits, best first, with the matched words marked. */
export function SearchResults(props: { query: string; hits: DiarySearchHit[]; locale: string }) {
  const { query, hits, locale } = props;
  return (
    <section className="stack" aria-labelledby="diary-results-heading">
      <h2 id="diary-results-heading">
        {hits.length === 0
          ? `Nothing found for “${query}”`
          : `${countOf(hits.length, "entry", "entries")} for “${query}”`}
      </h2>
      <ul className={styles.entries}>
        {hits.map((hit) => (
          <li key={hit.date}>
            <Link href={`/diary/${hit.date}`} className={styles.entry}>
              <strong>
                <time dateTime={hit.date}>{formatDay(hit.date, locale)}</time>
              </strong>
              {hit.snippet.map((part, index) =>
                part.match ? <mark key={index}>{part.text}</mark> : part.text,
              )}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/diary">Back to the months</Link>
      </p>
    </section>
  );
}
