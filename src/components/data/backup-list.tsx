"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatDay, formatTimeOfDay } from "@/domain/calendar/date-format";
import { formatBytes } from "@/domain/text";
import { REPLACE_CONFIRMATION } from "@/domain/data/import";
import type { BackupListItem } from "@/types/data";
import { ImportStatus } from "./import-status";
import { useImport } from "./use-import";
import styles from "./data.module.css";

const KIND_LABELS: Record<string, string> = {
  daily: "Daily",
  "pre-import": "Before an import",
  "pre-migration": "Before an update",
  manual: "Taken by hand",
};

/** Settings > Data > Backups: each with its size, to download or to restore (a replace import). */
export function BackupList(props: { backups: BackupListItem[]; locale: string; timeZone: string }) {
  const { backups, locale, timeZone } = props;
  const router = useRouter();
  const { state, run, busy } = useImport();
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirm, setConfirm] = useState("");
  const [backingUp, setBackingUp] = useState<string | null>(null);

  async function backUpNow() {
    setBackingUp("Backing up…");
    const response = await fetch("/api/data/backups", { method: "POST" }).catch(() => null);
    setBackingUp(response?.ok ? "Backup written." : "The backup could not be written.");
    router.refresh();
  }

  async function restore(name: string) {
    const query = new URLSearchParams({ mode: "replace", confirm, backup: name });
    await run(`/api/data/import?${query}`);
    setChosen(null);
    setConfirm("");
  }

  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={backUpNow} disabled={busy}>
          Back up now
        </button>
        {backingUp && <span role="status">{backingUp}</span>}
      </div>
      {backups.length === 0 ? (
        <p className="muted">
          No backups yet. The first daily backup is written soon after Tracker starts.
        </p>
      ) : (
        <ul className={styles.backups} aria-label="Backups, newest first">
          {backups.map((backup) => (
            <li key={backup.name}>
              <div>
                <strong>
                  {formatDay(backup.day, locale)},{" "}
                  {formatTimeOfDay(new Date(backup.takenAt), timeZone, locale)}
                </strong>
                <div className="muted">
                  {KIND_LABELS[backup.kind] ?? backup.kind} ·{" "}
                  {formatBytes(backup.sizeBytes, locale)}
                </div>
              </div>
              <div className="row">
                <a href={`/api/data/backups/${encodeURIComponent(backup.name)}`} download>
                  Download
                </a>
                <button type="button" onClick={() => setChosen(backup.name)} disabled={busy}>
                  Restore…
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <form
          className="stack card"
          onSubmit={(event) => {
            event.preventDefault();
            void restore(chosen);
          }}
        >
          <p>
            Restoring replaces everything in Tracker with the backup <strong>{chosen}</strong>. A
            backup of what is there now is taken first.
          </p>
          <label>
            Type {REPLACE_CONFIRMATION} to confirm
            <input
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              autoComplete="off"
            />
          </label>
          <div className="row">
            <button
              type="submit"
              className="danger"
              disabled={busy || confirm !== REPLACE_CONFIRMATION}
            >
              Restore this backup
            </button>
            <button type="button" onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <ImportStatus state={state} locale={locale} />
    </div>
  );
}
