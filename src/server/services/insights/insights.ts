import "server-only";
import { getDataSource } from "../../db/data-source";
import { getCalorieOverview, type CalorieOverview } from "../calories/calories";
import { getTaskInsights, type TaskInsights } from "../tasks";
import { getWeightOverview, type WeightOverview } from "../weight/weight";

export const INSIGHT_WEEKS = 12;

export interface Insights {
  weight: WeightOverview;
  calories: CalorieOverview;
  tasks: TaskInsights;
}

/** Everything the Insights page shows: weight trend (90 days), calories (30 days), tasks. */
export async function getInsights(): Promise<Insights> {
  const db = await getDataSource();
  const [weight, calories, tasks] = await Promise.all([
    getWeightOverview("90d"),
    getCalorieOverview(30),
    getTaskInsights(db, { weeks: INSIGHT_WEEKS }),
  ]);
  return { weight, calories, tasks };
}
