import { addDays } from "@/domain/calendar";
import { saveScreenshot } from "../../helpers/browser";
import {
  noise,
  openSignedIn,
  seedCalories,
  seedWeights,
  setSetting,
  startHealthApp,
  VARIANTS,
  waitForCharts,
  type HealthApp,
} from "./health-app";

let health: HealthApp;

/** Three habits created 100 days ago, done on most days or weeks. */
async function seedTasks(): Promise<void> {
  const tasks = await health.sql(
    `INSERT INTO tasks (title, period, target_count, created_at, sort_order)
     VALUES ('Read 20 pages', 'daily', 1, now() - interval '100 days', 0),
            ('Gym', 'weekly', 2, now() - interval '100 days', 1),
            ('Walk 10k steps', 'daily', 1, now() - interval '100 days', 2)
     RETURNING id, title`,
  );
  const rows: string[] = [];
  for (const [index, task] of tasks.entries()) {
    for (let offset = 0; offset <= 98; offset += 1) {
      const done =
        task.title === "Gym"
          ? offset % 7 === 1 || offset % 7 === 4
          : noise(offset + index * 500) < 0.55;
      if (done || (index === 0 && offset < 12)) {
        rows.push(
          `(${String(task.id)}, '${String(task.title)}', '${addDays(health.today, -offset)}')`,
        );
      }
    }
  }
  await health.sql(
    `INSERT INTO completions (task_id, title_snapshot, date) VALUES ${rows.join(", ")}`,
  );
}

beforeAll(async () => {
  health = await startHealthApp();
  await setSetting(health, "goalWeightKg", 80);
  await Promise.all([seedWeights(health), seedCalories(health), seedTasks()]);
}, 120_000);
afterAll(() => health?.close());

describe("insights in Chromium", () => {
  it("shows the weight trend, calories vs goal, weekly completion and streaks", async () => {
    for (const variant of VARIANTS) {
      const { context, page } = await openSignedIn(health, variant.options);
      await page.goto(`${health.app.baseUrl}/insights`);
      for (const heading of [
        "Weight trend, 90 days",
        "Calories vs goal, 30 days",
        "Tasks completed per week",
        "Current streaks",
      ]) {
        await page.getByRole("heading", { name: heading }).waitFor();
      }
      await waitForCharts(page, 3);
      const streaks = page.getByRole("region", { name: "Current streaks" });
      await streaks.getByRole("rowheader", { name: "Read 20 pages" }).waitFor();
      await expect(
        page
          .getByRole("region", { name: "Tasks completed per week" })
          .locator("figcaption")
          .textContent(),
      ).resolves.toMatch(
        /^(Average \d+% of due tasks done over \d+ finished weeks?|No finished week yet); this week /,
      );
      await saveScreenshot(page, `insights-${variant.name}`);
      await context.close();
    }
  });
});
