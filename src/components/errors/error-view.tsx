"use client";

import { useEffect, useState } from "react";
import styles from "./error-view.module.css";

export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * What an error boundary shows: a plain sentence and a way to try again, never a stack trace.
 * The digest matches the server's log line, so it is safe and useful to quote.
 */
export function ErrorView(props: { digest?: string; onRetry: () => void; retrying?: boolean }) {
  const [offline, setOffline] = useState(false);
  useEffect(() => setOffline(!navigator.onLine), []);

  return (
    <section className={`card stack ${styles.view}`} role="alert" aria-labelledby="error-heading">
      <h1 id="error-heading">Something went wrong</h1>
      <p>
        {offline
          ? "Could not reach Tracker: this device seems to be offline."
          : "Tracker could not show this page."}{" "}
        What you saved before is safe. Try again in a moment.
      </p>
      {props.digest && <p className="muted">Reference: {props.digest}</p>}
      <div>
        <button type="button" className="primary" onClick={props.onRetry} disabled={props.retrying}>
          {props.retrying ? "Trying again…" : "Try again"}
        </button>
      </div>
    </section>
  );
}
