import { renderMarkdownToSafeHtml } from "@/domain/diary";
import styles from "./diary.module.css";

/**
 * The read view. `renderMarkdownToSafeHtml` escapes all HTML in the text before it adds its own
 * few tags and keeps only http(s)/mailto links, so its output is safe to insert.
 */
export function MarkdownView({ text }: { text: string }) {
  if (text.trim() === "") return <p className="muted">Nothing written for this day yet.</p>;
  return (
    <div
      className={styles.rendered}
      dangerouslySetInnerHTML={{ __html: renderMarkdownToSafeHtml(text) }}
    />
  );
}
