/**
 * The benchmark owner's history, as an export document: 12 active and 5 archived tasks
 * (daily, weekly and monthly, targets 1 to 8), completions on most days (~60,000 in five
 * years), a weigh-in on 80% of days, a calorie total on 90%, a diary entry of 50 to 2,000
 * characters on 50%. Deterministic for a given length and last day, so runs compare.
 */
import { addDays } from "../../src/domain/calendar";
import type { ExportDocument, ExportedTask } from "../../src/schemas/data-export";

const PERIODS = ["daily", "daily", "daily", "weekly", "daily", "monthly"] as const;
const TARGETS = [1, 8, 3, 2, 5, 1, 4, 6, 2, 3, 2, 3, 2, 4, 1, 3, 2];
const WORDS = "walked read slept well coffee friends rain work tired good run quiet".split(" ");

/** mulberry32: a small seeded generator, so the same options give the same history. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function tasksFor(firstDay: string, days: number): ExportedTask[] {
  const archivedOn = addDays(firstDay, Math.floor(days / 2));
  return TARGETS.map((targetCount, i) => ({
    id: String(i + 1),
    title: `Habit ${i + 1} ✓`,
    unit: targetCount > 3 ? "glasses" : null,
    period: PERIODS[i % PERIODS.length] ?? "daily",
    targetCount,
    active: i < 12,
    sortOrder: i,
    scheduledDate: null,
    createdAt: `${firstDay}T07:00:00.000Z`,
    archivedAt: i < 12 ? null : `${archivedOn}T20:00:00.000Z`,
  }));
}

function diaryText(next: () => number, day: number): string {
  const length = 50 + Math.floor(next() * 1950);
  let text = `Day ${day}.`;
  while (text.length < length) text += ` ${WORDS[Math.floor(next() * WORDS.length)]}`;
  return text.slice(0, length);
}

export interface HistoryOptions {
  /** How many days, ending with `lastDay`. */
  days: number;
  lastDay: string;
  timeZone?: string;
}

export function benchHistory({ days, lastDay, timeZone = "Europe/Berlin" }: HistoryOptions) {
  const firstDay = addDays(lastDay, 1 - days);
  const next = random(days);
  const tasks = tasksFor(firstDay, days);
  const doc: ExportDocument = {
    format: "tracker-export",
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    appVersion: "bench",
    settings: { timeZone },
    tasks,
    completions: [],
    calories: [],
    weights: [],
    diary: [],
  };
  for (let d = 0; d < days; d += 1) {
    const date = addDays(firstDay, d);
    for (const task of tasks) {
      if (task.archivedAt && date >= task.archivedAt.slice(0, 10)) continue;
      const chance = task.period === "daily" ? 0.95 : task.period === "weekly" ? 0.3 : 0.05;
      if (next() >= chance) continue;
      const count = next() < 0.7 ? task.targetCount : 1 + Math.floor(next() * task.targetCount);
      for (let c = 0; c < count; c += 1) {
        doc.completions.push({
          id: String(doc.completions.length + 1),
          taskId: task.id,
          titleSnapshot: task.title,
          date,
          createdAt: `${date}T0${c % 10}:00:00.000Z`,
        });
      }
    }
    if (next() < 0.9) doc.calories.push({ date, calories: 1500 + Math.floor(next() * 1200) });
    if (next() < 0.8) {
      const kg = 82 - (6 * d) / Math.max(days, 365) + (next() - 0.5) * 1.2;
      doc.weights.push({ date, weightKg: Math.round(kg * 10) / 10 });
    }
    if (next() < 0.5) doc.diary.push({ date, content: diaryText(next, d) });
  }
  return doc;
}
