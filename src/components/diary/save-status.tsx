import type { SaveStatus } from "./autosave-queue";
import styles from "./diary.module.css";

const LABELS: Record<SaveStatus, string> = {
  saved: "Saved",
  saving: "Saving…",
  unsaved: "Unsaved changes",
  failed: "Not saved",
};

/** Always visible, announced politely: saved / saving / unsaved / not saved (with retry). */
export function SaveStatusLine(props: {
  status: SaveStatus;
  error: string | null;
  onRetry: () => void;
}) {
  const { status, error, onRetry } = props;
  return (
    <div className={styles.status} data-status={status}>
      <span role="status" aria-live="polite">
        {LABELS[status]}
        {status === "failed" && error ? `: ${error} Kept on this device; retrying.` : ""}
      </span>
      {status === "failed" && (
        <button type="button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </div>
  );
}
