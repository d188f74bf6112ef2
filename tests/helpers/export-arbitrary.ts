import fc from "fast-check";
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  type ExportedTask,
} from "@/schemas/data-export";
import { isoDayArbitrary } from "./iso-day-arbitrary";

/** Texts people really write: scripts, right-to-left, emoji, HTML, markdown, newlines. */
const SAMPLES = [
  "Läufe 🏃‍♀️",
  "שתיית מים",
  "قراءة",
  '<b>bold</b> & "quotes"',
  "  spaced  ",
  "日本語",
  "line\nbreak",
];
const someText = (maxLength: number) =>
  fc
    .oneof(fc.constantFrom(...SAMPLES), fc.string({ unit: "grapheme", minLength: 1, maxLength }))
    .filter((text) => text.trim() !== "" && !text.includes("\u0000") && [...text].length <= 200);

const day = isoDayArbitrary("1990-01-01", "2035-12-31");
const instant = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2035-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const task = (id: number): fc.Arbitrary<ExportedTask> =>
  fc
    .record({
      title: someText(40),
      unit: fc.option(
        someText(10).filter((unit) => [...unit].length <= 40),
        { nil: null },
      ),
      period: fc.constantFrom("daily", "weekly", "monthly", "once" as const),
      targetCount: fc.integer({ min: 1, max: 1000 }),
      active: fc.boolean(),
      sortOrder: fc.integer({ min: -5, max: 50 }),
      day,
      createdAt: instant,
      archivedAt: fc.option(instant, { nil: null }),
    })
    .map(({ day: scheduled, ...fields }) => ({
      id: String(id),
      ...fields,
      scheduledDate: fields.period === "once" ? scheduled : null,
    }));

const byDate = <T extends { date: string }>(rows: T[]) =>
  rows.sort((a, b) => (a.date < b.date ? -1 : 1));

/** A whole export document: tasks (archived, once, renamed), completions (of deleted tasks too). */
export const exportDocumentArbitrary: fc.Arbitrary<ExportDocument> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100_000 }), { maxLength: 6 })
  .chain((taskIds) =>
    fc.record({
      tasks: fc.tuple(...taskIds.sort((a, b) => a - b).map(task)),
      completions: fc.uniqueArray(
        fc.record({
          id: fc.integer({ min: 1, max: 10_000_000 }).map(String),
          // null: a deleted task's completion, kept with its title snapshot.
          taskId: fc
            .option(fc.constantFrom(...taskIds.map(String), "0"), { nil: null })
            .map((id) => (id === "0" || taskIds.length === 0 ? null : id)),
          titleSnapshot: someText(40),
          date: day,
          createdAt: instant,
        }),
        { selector: (c) => c.id, maxLength: 25 },
      ),
      calories: fc.uniqueArray(
        fc.record({ date: day, calories: fc.integer({ min: 0, max: 20_000 }) }),
        {
          selector: (c) => c.date,
          maxLength: 10,
        },
      ),
      weights: fc.uniqueArray(
        fc.record({
          date: day,
          weightKg: fc.integer({ min: 1, max: 9_999_999 }).map((n) => n / 10_000),
        }),
        { selector: (w) => w.date, maxLength: 10 },
      ),
      diary: fc.uniqueArray(
        fc.record({
          date: day,
          content: fc
            .oneof(
              fc.constant(""),
              fc.constantFrom(...SAMPLES),
              fc.string({ unit: "grapheme", maxLength: 300 }),
            )
            .filter((text) => !text.includes("\u0000")),
        }),
        { selector: (d) => d.date, maxLength: 8 },
      ),
      settings: fc.record(
        {
          timeZone: fc.constantFrom("UTC", "Europe/Berlin", "Asia/Jerusalem", "America/St_Johns"),
          dayStartHour: fc.integer({ min: 0, max: 6 }),
          weekStartsOn: fc.integer({ min: 0, max: 6 }),
          calorieGoal: fc.integer({ min: 500, max: 20_000 }),
          goalWeightKg: fc.option(
            fc.integer({ min: 1, max: 9999 }).map((n) => n / 10),
            { nil: null },
          ),
          weightUnit: fc.constantFrom("kg", "lb"),
          theme: fc.constantFrom("system", "light", "dark"),
        },
        { requiredKeys: [] },
      ),
    }),
  )
  .map((data) => ({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: "2026-12-03T10:00:00.000Z",
    appVersion: "0.1.0",
    settings: data.settings,
    tasks: data.tasks,
    completions: data.completions.sort((a, b) => Number(a.id) - Number(b.id)),
    calories: byDate(data.calories),
    weights: byDate(data.weights),
    diary: byDate(data.diary),
  }));
