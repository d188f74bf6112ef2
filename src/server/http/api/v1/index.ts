import type { EndpointDescription } from "../endpoint";
import { addCompletion, listCompletions, undoCompletion } from "./completions";
import { getDayList } from "./days";
import { archiveTask, deleteTask, reorderTasks, restoreTask } from "./task-actions";
import { createTask, getTask, listTasks, updateTask } from "./tasks";
import { addDayCalories, deleteCalories, getCalories, listCalories, putCalories } from "./calories";
import { deleteDiaryEntry, getDiaryEntry, putDiaryEntry, searchDiaryEntries } from "./diary";
import { getExport } from "./export";
import { getSettings, patchSettingsEndpoint } from "./settings";
import { deleteWeightDay, getWeight, getWeightTrend, listWeight, putWeight } from "./weight";

/** Every endpoint of /api/v1: the OpenAPI document lists exactly these. */
export const API_V1_ENDPOINTS: readonly EndpointDescription[] = [
  listTasks,
  createTask,
  reorderTasks,
  getTask,
  updateTask,
  deleteTask,
  archiveTask,
  restoreTask,
  listCompletions,
  addCompletion,
  undoCompletion,
  getDayList,
  listCalories,
  getCalories,
  putCalories,
  deleteCalories,
  addDayCalories,
  listWeight,
  getWeightTrend,
  getWeight,
  putWeight,
  deleteWeightDay,
  searchDiaryEntries,
  getDiaryEntry,
  putDiaryEntry,
  deleteDiaryEntry,
  getSettings,
  patchSettingsEndpoint,
  getExport,
];
