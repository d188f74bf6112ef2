import styles from "./error-view.module.css";

/** A sentence above a page's content when the URL asked for something it cannot show. */
export function PageNotice({ notice }: { notice: string | null }) {
  if (notice === null) return null;
  return (
    <p className={`card ${styles.notice}`} role="status">
      {notice}
    </p>
  );
}
