import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { ExportDocument } from "@/schemas/data-export";

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF";

function csv(header: string[], rows: unknown[][]): Uint8Array {
  // Every text cell quoted; newlines inside a diary entry stay inside their quoted cell.
  const text = stringify([header, ...rows], {
    quoted_string: true,
    record_delimiter: "\r\n",
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
  return strToU8(BOM + text);
}

/**
 * The export as one CSV per entity in a zip, for spreadsheets: header row, ISO dates and
 * instants, weights in kg with every stored decimal, deleted tasks' completions with an empty
 * task id. Import reads the JSON document, which carries the same data.
 */
export function exportCsvZip(doc: ExportDocument): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "tasks.csv": csv(
      [
        "id",
        "title",
        "unit",
        "period",
        "targetCount",
        "active",
        "sortOrder",
        "scheduledDate",
        "createdAt",
        "archivedAt",
      ],
      doc.tasks.map((t) => [
        t.id,
        t.title,
        t.unit,
        t.period,
        t.targetCount,
        t.active,
        t.sortOrder,
        t.scheduledDate,
        t.createdAt,
        t.archivedAt,
      ]),
    ),
    "completions.csv": csv(
      ["id", "taskId", "titleSnapshot", "date", "createdAt"],
      doc.completions.map((c) => [c.id, c.taskId, c.titleSnapshot, c.date, c.createdAt]),
    ),
    "calories.csv": csv(
      ["date", "calories"],
      doc.calories.map((c) => [c.date, c.calories]),
    ),
    "weights.csv": csv(
      ["date", "weightKg"],
      doc.weights.map((w) => [w.date, w.weightKg]),
    ),
    "diary.csv": csv(
      ["date", "content"],
      doc.diary.map((d) => [d.date, d.content]),
    ),
    "settings.csv": csv(
      ["key", "value"],
      Object.entries(doc.settings).map(([key, value]) => [key, JSON.stringify(value)]),
    ),
  };
  // A fixed time: the same data gives the same zip (the export time is in the JSON document).
  return zipSync(files, { level: 6, mtime: new Date("2000-01-01T00:00:00Z") });
}
