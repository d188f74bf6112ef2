"use client";

import { formatCount } from "@/domain/text";
import type { ExportEntity } from "@/schemas/data-export";
import type { ImportState } from "./use-import";
import styles from "./data.module.css";

const ENTITY_LABELS: Record<ExportEntity, string> = {
  settings: "Settings",
  tasks: "Tasks",
  completions: "Completions",
  calories: "Calorie days",
  weights: "Weigh-ins",
  diary: "Diary entries",
};

/** Shown rejections, at most; the count says how many more there are. */
const SHOWN_REJECTIONS = 50;

/** Progress while an import runs, then its report, or every reason it was refused. */
export function ImportStatus({ state, locale }: { state: ImportState; locale: string }) {
  if (state.phase === "idle") return null;
  if (state.phase === "sending")
    return <p role="status">Sending the file and checking every row…</p>;
  if (state.phase === "writing") {
    const percent = state.total === 0 ? 100 : Math.floor((state.done / state.total) * 100);
    return (
      <div role="status" className="stack">
        <progress value={state.done} max={Math.max(state.total, 1)} className={styles.progress} />
        <p>
          Imported {formatCount(state.done, locale)} of {formatCount(state.total, locale)} rows (
          {percent}%)…
        </p>
      </div>
    );
  }
  if (state.phase === "failed") {
    const more = state.rejected.length - SHOWN_REJECTIONS;
    return (
      <div role="alert" className="stack">
        <p className="form-message error">{state.message}</p>
        {state.rejected.length > 0 && (
          <ul className={styles.rejected}>
            {state.rejected.slice(0, SHOWN_REJECTIONS).map((row, position) => (
              <li key={position}>
                <strong>
                  {ENTITY_LABELS[row.entity]}
                  {row.index !== null ? `, row ${formatCount(row.index + 1, locale)}` : ""}
                  {row.key !== null ? ` (${row.key})` : ""}:
                </strong>{" "}
                {row.reason}
              </li>
            ))}
            {more > 0 && <li>…and {formatCount(more, locale)} more.</li>}
          </ul>
        )}
      </div>
    );
  }
  const { report } = state;
  return (
    <div role="status" className="stack">
      <p className="form-message ok">
        Imported {formatCount(report.rowCount, locale)} rows ({report.mode}).
        {report.mode === "replace"
          ? ` ${formatCount(report.removed, locale)} earlier rows were replaced.`
          : ""}
        {state.backup ? ` A backup of what was there before: ${state.backup}.` : ""}
      </p>
      <table className={styles.table}>
        <caption className="sr-only">Rows per kind</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(ENTITY_LABELS) as ExportEntity[]).map((entity) => (
            <tr key={entity}>
              <th scope="row">{ENTITY_LABELS[entity]}</th>
              <td>{formatCount(report.entities[entity].added, locale)}</td>
              <td>{formatCount(report.entities[entity].updated, locale)}</td>
              <td>{formatCount(report.entities[entity].unchanged, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
