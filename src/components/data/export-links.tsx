import styles from "./data.module.css";

/** Settings > Data > Export: everything, as one JSON document or as spreadsheet files. */
export function ExportLinks() {
  return (
    <>
      <p className="muted">
        Everything Tracker keeps: settings, tasks (archived ones too), every completion (those of
        deleted tasks too), calories, weigh-ins in kg and the diary.
      </p>
      <div className={styles.downloads}>
        <a className="button primary" href="/api/data/export?format=json" download>
          Download everything (JSON)
        </a>
        <a className="button" href="/api/data/export?format=csv" download>
          Download as spreadsheets (CSV, zip)
        </a>
      </div>
      <p className="muted">The JSON file is the one to keep: Tracker imports it back exactly.</p>
    </>
  );
}
