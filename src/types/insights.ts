import type { CalorieOverview } from "./calories";
import type { TaskInsights } from "./tasks";
import type { WeightOverview } from "./weight";

/** Everything the Insights page shows. */
export interface Insights {
  weight: WeightOverview;
  calories: CalorieOverview;
  tasks: TaskInsights;
}
