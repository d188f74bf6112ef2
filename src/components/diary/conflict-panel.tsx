import type { DiaryConflict } from "./autosave-queue";
import type { ConflictChoice } from "./use-autosave";
import styles from "./diary.module.css";

/**
 * A save ran into a newer version saved elsewhere: both texts stay visible (the owner's in the
 * editor, the other one here) and nothing is saved until the owner chooses.
 */
export function ConflictPanel(props: {
  conflict: DiaryConflict;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { conflict, onChoose } = props;
  const removed = conflict.version === 0;
  return (
    <section className={styles.conflict} aria-labelledby="diary-conflict-title">
      <p id="diary-conflict-title" role="alert">
        <strong>This entry was changed in another tab or device.</strong>{" "}
        {removed
          ? "There it was cleared. Your text is not saved yet."
          : "Your text is not saved yet; the other text is below. Choose what to keep."}
      </p>
      {!removed && (
        <textarea
          className={styles.theirs}
          aria-label="Text saved in the other tab or device"
          readOnly
          rows={6}
          value={conflict.content}
        />
      )}
      <div className={styles.conflictChoices}>
        <button type="button" className="primary" onClick={() => onChoose("mine")}>
          Keep my text
        </button>
        <button type="button" onClick={() => onChoose("theirs")}>
          {removed ? "Clear it here too" : "Take the other text"}
        </button>
        {!removed && (
          <button type="button" onClick={() => onChoose("merge")}>
            Merge by hand
          </button>
        )}
      </div>
    </section>
  );
}
