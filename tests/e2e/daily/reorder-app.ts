import type { Locator, Page } from "playwright-core";
import type { TasksApp } from "../tasks/tasks-app";

/** The titles of the active tasks in the order the Tasks page shows them. */
export function activeTitles(page: Page): Promise<string[]> {
  return page.getByRole("region", { name: "Your tasks" }).locator("ol > li a").allTextContents();
}

/** Waits until the Tasks page shows the active tasks in `titles`' order. */
export async function waitForOrder(page: Page, titles: string[]) {
  await page.waitForFunction((expected) => {
    const links = document.querySelectorAll('section[aria-labelledby="active-heading"] ol > li a');
    return JSON.stringify([...links].map((link) => link.textContent)) === expected;
  }, JSON.stringify(titles));
}

/** The active tasks' titles in their stored order. */
export async function storedOrder(tasks: TasksApp): Promise<string[]> {
  const rows = await tasks.sql(`SELECT title FROM tasks WHERE active ORDER BY sort_order, id`);
  return rows.map((row) => String(row.title));
}

/** Polls the database until the stored order is `titles` (or the test times out). */
export async function waitForStoredOrder(tasks: TasksApp, titles: string[]) {
  while (JSON.stringify(await storedOrder(tasks)) !== JSON.stringify(titles)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Holds every server action request of `page` (a POST) until `release()`, so a test can look
 * at the page before the server has answered.
 */
export async function holdServerActions(page: Page) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      held += 1;
      await gate;
    }
    await route.fallback();
  });
  return {
    held: () => held,
    async release() {
      release();
      await page.unrouteAll({ behavior: "wait" });
    },
  };
}

/** Whether `control` has keyboard focus. */
export function isFocused(control: Locator): Promise<boolean> {
  return control.evaluate((element) => element === document.activeElement);
}

/** The centre of an element on the page. */
export async function centre(target: Locator): Promise<{ x: number; y: number }> {
  const box = await target.boundingBox();
  if (!box) throw new Error("element is not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits until the list can be dragged: dnd-kit adds its instructions (the DndContext id) once hydrated. */
export async function waitForDragReady(page: Page) {
  await page.locator("#task-drag-instructions").waitFor({ state: "attached" });
}

/** Waits for what dnd-kit's live region tells a screen reader. */
export async function waitForAnnouncement(page: Page, text: string) {
  await page.getByText(text, { exact: true }).waitFor({ state: "attached" });
}
