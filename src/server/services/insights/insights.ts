import "server-only";
import type { Insights } from "@/types/insights";
import type { Db } from "../../db/rows";
import { getCalorieOverview } from "../calories/calories";
import { getTaskInsights } from "../tasks";
import { getWeightOverview } from "../weight/weight";

export const INSIGHT_WEEKS = 12;

/** Everything the Insights page shows: weight trend (90 days), calories (30 days), tasks. */
export async function getInsights(db: Db, now: Date): Promise<Insights> {
  const [weight, calories, tasks] = await Promise.all([
    getWeightOverview(db, { range: "90d" }, now),
    getCalorieOverview(db, { windowDays: 30 }, now),
    getTaskInsights(db, { weeks: INSIGHT_WEEKS }, now),
  ]);
  return { weight, calories, tasks };
}
