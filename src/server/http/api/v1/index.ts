import type { EndpointDescription } from "../endpoint";
import { deleteWeightDay, getWeight, getWeightTrend, listWeight, putWeight } from "./weight";

/** Every endpoint of /api/v1: the OpenAPI document lists exactly these. */
export const API_V1_ENDPOINTS: readonly EndpointDescription[] = [
  listWeight,
  getWeightTrend,
  getWeight,
  putWeight,
  deleteWeightDay,
];
