import type { EndpointDescription } from "../endpoint";
import { addDayCalories, deleteCalories, getCalories, listCalories, putCalories } from "./calories";
import { deleteDiaryEntry, getDiaryEntry, putDiaryEntry, searchDiaryEntries } from "./diary";
import { getExport } from "./export";
import { getSettings, patchSettingsEndpoint } from "./settings";
import { deleteWeightDay, getWeight, getWeightTrend, listWeight, putWeight } from "./weight";

/** Every endpoint of /api/v1: the OpenAPI document lists exactly these. */
export const API_V1_ENDPOINTS: readonly EndpointDescription[] = [
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
