import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { EXPORT_FORMAT, type ExportDocument } from "@/schemas/data-export";
import { exportCsvZip } from "@/server/services/data/csv-export";

const doc: ExportDocument = {
  format: EXPORT_FORMAT,
  formatVersion: 1,
  exportedAt: "2026-12-03T10:00:00.000Z",
  appVersion: "0.1.0",
  settings: { timeZone: "Europe/Berlin", goalWeightKg: null },
  tasks: [
    {
      id: "3",
      title: 'Read "books", daily',
      unit: null,
      period: "once",
      targetCount: 2,
      active: false,
      sortOrder: 1,
      scheduledDate: "2026-12-24",
      createdAt: "2026-01-01T08:00:00.000Z",
      archivedAt: "2026-02-01T08:00:00.000Z",
    },
  ],
  completions: [
    {
      id: "9",
      taskId: null,
      titleSnapshot: "Gone, but kept",
      date: "2026-03-01",
      createdAt: "2026-03-01T07:00:00.000Z",
    },
  ],
  calories: [{ date: "2026-03-01", calories: 1850 }],
  weights: [{ date: "2026-03-01", weightKg: 80.1234 }],
  diary: [{ date: "2026-03-01", content: 'Line one\nLine two, with "quotes"\r\n שלום 🙂' }],
};

function files(): Record<string, string> {
  const unzipped = unzipSync(exportCsvZip(doc));
  return Object.fromEntries(
    Object.entries(unzipped).map(([name, bytes]) => [name, Buffer.from(bytes).toString("utf8")]),
  );
}

describe("CSV export", () => {
  it("has one UTF-8 file with a byte order mark and a header row per entity", () => {
    const all = files();
    expect(Object.keys(all).sort()).toEqual([
      "calories.csv",
      "completions.csv",
      "diary.csv",
      "settings.csv",
      "tasks.csv",
      "weights.csv",
    ]);
    for (const text of Object.values(all)) expect(text.startsWith("\uFEFF")).toBe(true);
    expect(all["weights.csv"]).toBe('\uFEFF"date","weightKg"\r\n"2026-03-01",80.1234\r\n');
  });

  it("reads back cell for cell: quotes, commas, newlines, RTL and emoji kept; nulls empty", () => {
    const read = (name: string) =>
      parse(files()[name] ?? "", { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(read("diary.csv")).toEqual([{ date: "2026-03-01", content: doc.diary[0]?.content }]);
    expect(read("tasks.csv")[0]).toMatchObject({
      title: 'Read "books", daily',
      unit: "",
      active: "false",
      scheduledDate: "2026-12-24",
      archivedAt: "2026-02-01T08:00:00.000Z",
    });
    expect(read("completions.csv")[0]).toMatchObject({
      taskId: "",
      titleSnapshot: "Gone, but kept",
    });
    expect(read("settings.csv")).toEqual([
      { key: "timeZone", value: '"Europe/Berlin"' },
      { key: "goalWeightKg", value: "null" },
    ]);
  });

  it("gives the same bytes for the same data", () => {
    expect(Buffer.from(exportCsvZip(doc)).equals(Buffer.from(exportCsvZip(doc)))).toBe(true);
  });
});
