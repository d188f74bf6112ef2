import "server-only";
import { getTaskInsights } from "../tasks/insights";
import { getCalorieOverview, type CalorieOverview } from "../calories/calories";
import { getWeightOverview, type WeightOverview } from "../weight/weight";

export const INSIGHT_WEEKS = 12;

export interface Insights {
  weight: WeightOverview;
  calories: CalorieOverview;
  tasks: Awaited<ReturnType<typeof getTaskInsights>>;
}

/** Everything the Insights page shows: weight trend (90 days), calories (30 days), tasks. */
export async function getInsights(): Promise<Insights> {
  const [weight, calories, tasks] = await Promise.all([
    getWeightOverview("90d"),
    getCalorieOverview(30),
    getTaskInsights({ weeks: INSIGHT_WEEKS }),
  ]);
  return { weight, calories, tasks };
}
