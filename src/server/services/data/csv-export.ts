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

/** One entity's rows: the header names the fields, and each cell is that field's value. */
function table<T>(rows: readonly T[], fields: Array<keyof T & string>): Uint8Array {
  return csv(
    fields,
    rows.map((row) => fields.map((field) => row[field])),
  );
}

/**
 * The export as one CSV per entity in a zip, for spreadsheets: header row, ISO dates and
 * instants, weights in kg with every stored decimal, deleted tasks' completions with an empty
 * task id. Import reads the JSON document, which carries the same data.
 */
export function exportCsvZip(doc: ExportDocument): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "tasks.csv": table(doc.tasks, [
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
    ]),
    "completions.csv": table(doc.completions, [
      "id",
      "taskId",
      "titleSnapshot",
      "date",
      "createdAt",
    ]),
    "calories.csv": table(doc.calories, ["date", "calories"]),
    "weights.csv": table(doc.weights, ["date", "weightKg"]),
    "diary.csv": table(doc.diary, ["date", "content"]),
    "settings.csv": csv(
      ["key", "value"],
      Object.entries(doc.settings).map(([key, value]) => [key, JSON.stringify(value)]),
    ),
  };
  // A fixed time: the same data gives the same zip (the export time is in the JSON document).
  return zipSync(files, { level: 6, mtime: new Date("2000-01-01T00:00:00Z") });
}
