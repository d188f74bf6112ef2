import type { ImportReport } from "./import";
import type { Progress } from "../db/upsert-rows";

/** Plain-text columns, the first left-aligned and the rest right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const MAX_FIXES_SHOWN = 20;

/** The import's report for a terminal: names, keys and counts only, never the owner's text. */
export function reportText(report: ImportReport): string {
  const tables = textTable(
    ["table", "in file", "added", "updated", "unchanged", "orphans", "fixed", "not imported"],
    report.tables.map((row) =>
      [
        row.table,
        row.inFile,
        row.added,
        row.updated,
        row.unchanged,
        row.orphans,
        row.fixed,
        row.notImported,
      ].map(String),
    ),
  );
  const checks = textTable(
    ["check", "expected", "actual", "ok"],
    report.checks.map((c) => [c.name, c.expected, c.actual, c.ok ? "ok" : "FAILED"]),
  );
  const notes: string[] = [];
  if (report.keptOwnerId) {
    notes.push(
      `The database already had an owner (id ${report.keptOwnerId}): kept that row, set the old password.`,
    );
  }
  for (const setting of report.skippedSettings) {
    notes.push(`Setting "${setting.key}" not imported: ${setting.reason}.`);
  }
  if (report.extraTables.length) {
    notes.push(`Tables not imported (unknown): ${report.extraTables.join(", ")}.`);
  }
  for (const { table, column } of report.extraColumns) {
    notes.push(`Column ${table}.${column} not imported (unknown).`);
  }
  if (report.missingTables.length) {
    notes.push(`Tables missing from the file (read as empty): ${report.missingTables.join(", ")}.`);
  }
  for (const fix of report.fixes.slice(0, MAX_FIXES_SHOWN)) {
    notes.push(`Fixed ${fix.table} ${fix.key}: ${fix.fix}.`);
  }
  if (report.fixes.length > MAX_FIXES_SHOWN) {
    notes.push(`… and ${report.fixes.length - MAX_FIXES_SHOWN} more fixed rows.`);
  }
  return [tables, "", ...(notes.length ? [...notes, ""] : []), checks].join("\n");
}

/** An `onProgress` that prints each table's progress in 5 % steps. */
export function progressPrinter(write: (line: string) => void): (progress: Progress) => void {
  const printed = new Map<string, number>();
  return ({ table, done, total }) => {
    if (total === 0) return;
    const step = Math.floor((done / total) * 20);
    if ((printed.get(table) ?? -1) >= step) return;
    printed.set(table, step);
    write(`${table}: ${done}/${total} (${step * 5} %)`);
  };
}
