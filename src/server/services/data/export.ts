import packageJson from "../../../../package.json";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportDocument } from "@/schemas/data-export";
import type { Db } from "../../db/rows";
import { readStoredSettings } from "../../settings/settings-store";
import { listDayTotals } from "../calories/calorie-store";
import { listAllDiaryEntries } from "../diary/diary-export";
import { listAllCompletions } from "../tasks/completion-rows";
import { listAllTaskRows } from "../tasks/task-rows";
import { listWeighIns } from "../weight/weight-store";

const FIRST_DAY = "0001-01-01";
const LAST_DAY = "9999-12-31";

/**
 * Everything the owner keeps, as one versioned document: settings, every task (archived ones
 * too), every completion (those of deleted tasks with their title snapshot), every day entry.
 * Read in one transaction, so the document is one consistent moment.
 */
export function exportData(db: Db, now: Date): Promise<ExportDocument> {
  return db.transaction("REPEATABLE READ", async (tx) => {
    const settings = await readStoredSettings(tx);
    const tasks = await listAllTaskRows(tx);
    const completions = await listAllCompletions(tx);
    const calories = await listDayTotals(tx, FIRST_DAY, LAST_DAY);
    const weights = await listWeighIns(tx, null, LAST_DAY);
    const diary = await listAllDiaryEntries(tx);
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      appVersion: packageJson.version,
      settings,
      tasks,
      completions,
      calories: calories.map((entry) => ({ date: entry.date, calories: entry.totalKcal })),
      weights: weights.map((entry) => ({ date: entry.date, weightKg: entry.weightKg })),
      diary,
    };
  });
}

/** The document as the file holds it: JSON, indented so it reads and diffs well. */
export function exportDocumentText(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
