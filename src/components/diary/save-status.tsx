import type { SaveStatus } from "./autosave-queue";
import styles from "./diary.module.css";

const LABELS: Record<SaveStatus, string> = {
  saved: "Saved",
  saving: "Saving…",
  unsaved: "Unsaved changes",
  failed: "Not saved",
  refused: "Not saved",
  conflict: "Not saved: changed elsewhere",
};

function detail(status: SaveStatus, error: string | null): string {
  if (!error) return "";
  if (status === "failed") return `: ${error} Kept on this device; retrying.`;
  if (status === "refused") return `: ${error} Kept on this device.`;
  return "";
}

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
        {detail(status, error)}
      </span>
      {status === "failed" && (
        <button type="button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </div>
  );
}
