import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { DESKTOP, PHONE } from "../../helpers/browser";
import { openSignedIn, startTasksApp, type TasksApp } from "../tasks/tasks-app";
import {
  activeTitles,
  centre,
  holdServerActions,
  isFocused,
  storedOrder,
  waitForAnnouncement,
  waitForDragReady,
  waitForOrder,
  waitForStoredOrder,
} from "./reorder-app";

let tasks: TasksApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  tasks = await startTasksApp();
  await tasks.sql(
    `INSERT INTO tasks (title, period, target_count, sort_order)
     VALUES ('Alpha', 'daily', 1, 0), ('Bravo', 'daily', 1, 1),
            ('Charlie', 'daily', 1, 2), ('Delta', 'daily', 1, 3)`,
  );
  ({ context, page } = await openSignedIn(tasks, DESKTOP));
  await page.goto(`${tasks.app.baseUrl}/tasks`);
}, 120_000);
afterAll(async () => {
  await context?.close();
  await tasks?.close();
});

const handle = (on: Page, title: string) =>
  on.getByRole("button", { name: `Drag ${title} to reorder`, exact: true });

describe("reordering tasks", () => {
  it("moves at once with the keyboard, keeping focus on the same button", async () => {
    const server = await holdServerActions(page);
    const down = page.getByRole("button", { name: "Move Alpha down" });
    await down.focus();
    await page.keyboard.press("Enter");
    // The server has not answered (its request is held), yet the row has moved.
    await waitForOrder(page, ["Bravo", "Alpha", "Charlie", "Delta"]);
    await expect(isFocused(down)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await waitForOrder(page, ["Bravo", "Charlie", "Alpha", "Delta"]);
    await page.keyboard.press("Enter");
    await waitForOrder(page, ["Bravo", "Charlie", "Delta", "Alpha"]);
    await expect(isFocused(down)).resolves.toBe(true);
    await expect(down.getAttribute("aria-disabled")).resolves.toBe("true");
    await page.keyboard.press("Enter"); // already last: nothing happens
    expect(await activeTitles(page)).toEqual(["Bravo", "Charlie", "Delta", "Alpha"]);
    expect(server.held()).toBeGreaterThan(0);
    expect(await storedOrder(tasks)).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);

    await server.release();
    await waitForStoredOrder(tasks, ["Bravo", "Charlie", "Delta", "Alpha"]);
    await page.reload();
    expect(await activeTitles(page)).toEqual(["Bravo", "Charlie", "Delta", "Alpha"]);
  }, 60_000);

  it("rolls back and says why when the server refuses a stale order", async () => {
    await tasks.sql(`UPDATE tasks SET active = false WHERE title = 'Charlie'`); // another tab
    await page.getByRole("button", { name: "Move Bravo down" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /changed in another tab/ })
      .waitFor();
    await waitForOrder(page, ["Bravo", "Delta", "Alpha"]);
    expect(await storedOrder(tasks)).toEqual(["Bravo", "Delta", "Alpha"]);
    await tasks.sql(`UPDATE tasks SET active = true WHERE title = 'Charlie'`);
    await page.reload();
    await waitForOrder(page, ["Bravo", "Charlie", "Delta", "Alpha"]);
  }, 60_000);

  it("drags a row by its handle with the mouse, and with the keyboard", async () => {
    await waitForDragReady(page);
    const from = await centre(handle(page, "Alpha"));
    const to = await centre(handle(page, "Bravo"));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, to.y - 10, { steps: 12 });
    await page.mouse.up();
    await waitForOrder(page, ["Alpha", "Bravo", "Charlie", "Delta"]);
    await waitForStoredOrder(tasks, ["Alpha", "Bravo", "Charlie", "Delta"]);

    await handle(page, "Alpha").focus();
    await page.keyboard.press("Space");
    await page.locator('[aria-label="Drag Alpha to reorder"][aria-pressed="true"]').waitFor();
    await page.keyboard.press("ArrowDown");
    await waitForAnnouncement(page, "Alpha is at place 2 of 4.");
    await page.keyboard.press("Space");
    await waitForOrder(page, ["Bravo", "Alpha", "Charlie", "Delta"]);
    await waitForStoredOrder(tasks, ["Bravo", "Alpha", "Charlie", "Delta"]);
  }, 60_000);

  it("drags a row by touch on a phone", async () => {
    const phone = await openSignedIn(tasks, PHONE);
    await phone.page.goto(`${tasks.app.baseUrl}/tasks`);
    await waitForDragReady(phone.page);
    const cdp: CDPSession = await phone.context.newCDPSession(phone.page);
    const from = await centre(handle(phone.page, "Delta"));
    const to = await centre(handle(phone.page, "Bravo"));
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: from.x, y }],
      });
    await touch("touchStart", from.y);
    const steps = 12;
    for (let step = 1; step <= steps; step++) {
      await touch("touchMove", from.y + ((to.y - 10 - from.y) * step) / steps);
    }
    await touch("touchEnd", to.y - 10);
    await waitForOrder(phone.page, ["Delta", "Bravo", "Alpha", "Charlie"]);
    await waitForStoredOrder(tasks, ["Delta", "Bravo", "Alpha", "Charlie"]);
    await phone.context.close();
  }, 60_000);
});
