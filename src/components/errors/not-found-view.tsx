import Link from "next/link";
import styles from "./error-view.module.css";
import { missingPageMessage } from "./missing-page";

/** The one not-found page, inside the app shell or on its own: what was missing, a way back. */
export function NotFoundView({ path }: { path: string | null }) {
  return (
    <section className={`card stack ${styles.view}`} aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>{missingPageMessage(path)}</p>
      <div className={styles.actions}>
        <Link href="/" className="button primary">
          Back to Today
        </Link>
      </div>
    </section>
  );
}
