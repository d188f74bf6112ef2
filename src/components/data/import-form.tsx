"use client";

import { useState, type FormEvent } from "react";
import { MAX_IMPORT_BYTES, REPLACE_CONFIRMATION, type ImportMode } from "@/domain/data/import";
import { formatBytes } from "@/domain/text";
import settingsStyles from "@/components/settings/settings.module.css";
import { ImportStatus } from "./import-status";
import { useImport } from "./use-import";

/** Settings > Data > Import: a Tracker JSON export, merged in or replacing everything. */
export function ImportForm({ locale }: { locale: string }) {
  const { state, run, busy } = useImport();
  const [mode, setMode] = useState<ImportMode>("merge");
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const confirm = String(form.get("confirm") ?? "");
    if (!(file instanceof File) || file.size === 0)
      return setProblem("Choose an export file first.");
    if (file.size > MAX_IMPORT_BYTES) {
      return setProblem(
        `This file is larger than ${formatBytes(MAX_IMPORT_BYTES, locale)}, the most Tracker imports.`,
      );
    }
    if (mode === "replace" && confirm !== REPLACE_CONFIRMATION) {
      return setProblem(
        `Type ${REPLACE_CONFIRMATION} to confirm that everything in Tracker is replaced.`,
      );
    }
    setProblem(null);
    const query = new URLSearchParams({ mode, ...(mode === "replace" ? { confirm } : {}) });
    await run(`/api/data/import?${query}`, file);
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-describedby="import-help">
      <p id="import-help" className="muted">
        A Tracker export (.json), up to {formatBytes(MAX_IMPORT_BYTES, locale)}. Every row is
        checked first: if one cannot be imported, nothing is, and you see why.
      </p>
      <label>
        Export file
        <input type="file" name="file" accept=".json,application/json" required disabled={busy} />
      </label>
      <fieldset className={settingsStyles.choices}>
        <legend>How</legend>
        <label className={settingsStyles.choice}>
          <input
            type="radio"
            name="mode"
            value="merge"
            checked={mode === "merge"}
            onChange={() => setMode("merge")}
          />
          Merge: add what is new, update what changed, keep the rest
        </label>
        <label className={settingsStyles.choice}>
          <input
            type="radio"
            name="mode"
            value="replace"
            checked={mode === "replace"}
            onChange={() => setMode("replace")}
          />
          Replace: everything in Tracker becomes what the file holds
        </label>
      </fieldset>
      {mode === "replace" && (
        <label>
          Type {REPLACE_CONFIRMATION} to confirm
          <input name="confirm" autoComplete="off" spellCheck={false} disabled={busy} />
        </label>
      )}
      {problem && (
        <p className="form-message error" role="alert">
          {problem}
        </p>
      )}
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Importing…" : "Import"}
        </button>
      </div>
      <ImportStatus state={state} locale={locale} />
    </form>
  );
}
