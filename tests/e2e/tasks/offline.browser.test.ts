import type { BrowserContext, Page, Route } from "playwright-core";
import { PHONE, saveScreenshot } from "../../helpers/browser";
import {
  addTask,
  expectRowSettled,
  openSignedIn,
  startTasksApp,
  storedCount,
  todayRow,
  type TasksApp,
} from "./tasks-app";

const UNREACHABLE =
  "Could not reach Tracker, so this may not be saved. Check the connection and try again.";

let tasks: TasksApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  tasks = await startTasksApp();
  ({ context, page } = await openSignedIn(tasks, PHONE));
  await page.goto(`${tasks.app.baseUrl}/tasks`);
  await addTask(page, { title: "Drink water", period: "daily", target: 8, unit: "glasses" });
  await addTask(page, { title: "Stretch", period: "daily", target: 1 });
}, 120_000);
afterAll(async () => {
  await context?.close();
  await tasks?.close();
});

/** Server actions (POSTs) go to `handle`; everything else loads as usual. */
function onPosts(handle: (route: Route) => unknown) {
  return page.route("**/*", (route) =>
    route.request().method() === "POST" ? handle(route) : route.continue(),
  );
}

/** Every server action (a POST) fails as if the connection dropped. */
async function goOffline() {
  await onPosts((route) => route.abort("internetdisconnected"));
}

/** Holds the next server action until the returned function lets it fail. */
async function holdNextPost(): Promise<() => Promise<void>> {
  let held: (route: Route) => void = () => undefined;
  const request = new Promise<Route>((resolve) => (held = resolve));
  await onPosts(held);
  return async () => (await request).abort("internetdisconnected");
}

async function expectNoCrash() {
  await expect(page.getByText("Application error").count()).resolves.toBe(0);
  await expect(page.getByRole("navigation", { name: "Main" }).isVisible()).resolves.toBe(true);
}

describe("a lost connection in Chromium", () => {
  it("rolls a +1 on Today back, says so, and works again once back online", async () => {
    await page.goto(`${tasks.app.baseUrl}/`);
    const water = todayRow(page, "Drink water");
    const plus = page.getByRole("button", { name: "+1 Drink water", exact: true });
    await plus.click();
    await expectRowSettled(water, "1 / 8 glasses");

    const fail = await holdNextPost();
    await plus.click();
    await water.getByText("2 / 8 glasses").waitFor(); // the optimistic step…
    await fail();
    await water.getByRole("alert").filter({ hasText: UNREACHABLE }).waitFor();
    await expectRowSettled(water, "1 / 8 glasses"); // …taken back
    await page.unroute("**/*");
    await goOffline();
    await expectNoCrash();
    expect(await storedCount(tasks, "Drink water", tasks.today)).toBe(1);

    await page.getByRole("button", { name: "Undo Drink water" }).click();
    await water.getByRole("alert").filter({ hasText: UNREACHABLE }).waitFor();
    await expectRowSettled(water, "1 / 8 glasses");
    expect(await storedCount(tasks, "Drink water", tasks.today)).toBe(1);

    await page.unroute("**/*");
    await plus.click();
    await expectRowSettled(water, "2 / 8 glasses");
    await expect(water.getByRole("alert").count()).resolves.toBe(0);
    expect(await storedCount(tasks, "Drink water", tasks.today)).toBe(2);
    await page.reload();
    await todayRow(page, "Drink water").getByText("2 / 8 glasses").waitFor();
  }, 60_000);

  it("stores a +1 once when its answer was lost and the owner taps again", async () => {
    await page.goto(`${tasks.app.baseUrl}/`);
    const stretch = todayRow(page, "Stretch");
    const plus = page.getByRole("button", { name: "+1 Stretch", exact: true });
    // The request reaches the server and is stored; only the answer is lost on the way back.
    await onPosts(async (route) => {
      await route.fetch();
      await route.abort("internetdisconnected");
    });
    await plus.click();
    await stretch.getByRole("alert").filter({ hasText: UNREACHABLE }).waitFor();
    await expectRowSettled(stretch, "0 / 1");
    expect(await storedCount(tasks, "Stretch", tasks.today)).toBe(1);

    await page.unroute("**/*");
    await plus.click();
    await expectRowSettled(stretch, "1 / 1");
    expect(await storedCount(tasks, "Stretch", tasks.today)).toBe(1);
    await plus.click();
    await expectRowSettled(stretch, "2 / 1");
    expect(await storedCount(tasks, "Stretch", tasks.today)).toBe(2);
  }, 60_000);

  it("keeps quick-add calories and the custom amount when the add cannot be sent", async () => {
    await page.goto(`${tasks.app.baseUrl}/`);
    const card = page.getByRole("region", { name: "Calories" });
    await goOffline();
    await card.getByRole("button", { name: "+250" }).click();
    await card.getByText(UNREACHABLE).waitFor();
    await card.getByLabel("Calories to add").fill("120");
    await card.getByRole("button", { name: "Add", exact: true }).click();
    await card.getByText(UNREACHABLE).waitFor();
    await expect(card.getByLabel("Calories to add").inputValue()).resolves.toBe("120");
    await expectNoCrash();
    expect(await tasks.sql(`SELECT 1 FROM calorie_entries`)).toEqual([]);

    await page.unroute("**/*");
    await card.getByRole("button", { name: "Add", exact: true }).click();
    await card.getByText("Added 120 kcal. Total 120 kcal.").waitFor();
  }, 60_000);

  it("says so on the Tasks page and in forms, keeping what was typed", async () => {
    await page.goto(`${tasks.app.baseUrl}/tasks`);
    await goOffline();
    await page.getByRole("button", { name: "Move Drink water down" }).click();
    await page.getByRole("alert").filter({ hasText: UNREACHABLE }).waitFor();
    const form = page.getByRole("region", { name: "New task" });
    await form.getByLabel("Title").fill("Walk");
    await form.getByRole("button", { name: "Add task" }).click();
    await form.getByText(UNREACHABLE).waitFor();
    await expect(form.getByLabel("Title").inputValue()).resolves.toBe("Walk");
    await expectNoCrash();
    await saveScreenshot(page, "tasks-offline-phone-light");
    const order = await tasks.sql(`SELECT title FROM tasks ORDER BY sort_order`);
    expect(order).toEqual([{ title: "Drink water" }, { title: "Stretch" }]);

    await page.unroute("**/*");
    await form.getByRole("button", { name: "Add task" }).click();
    await form.getByText("Added “Walk”.").waitFor();
  }, 60_000);

  it("shows a plain error page with a retry when the server cannot build a page", async () => {
    await tasks.sql(`ALTER TABLE tasks RENAME TO tasks_away`);
    try {
      await page.goto(`${tasks.app.baseUrl}/`);
      await page.getByRole("heading", { name: "Something went wrong" }).waitFor();
      const text = await page.locator("main").innerText();
      expect(text).not.toMatch(/tasks_away|relation|\bat \S+ \(|Error:/);
      await expectNoCrash();
      await saveScreenshot(page, "error-phone-light");
    } finally {
      await tasks.sql(`ALTER TABLE tasks_away RENAME TO tasks`);
    }
    await page.getByRole("button", { name: "Try again" }).click();
    await todayRow(page, "Drink water").getByText("2 / 8 glasses").waitFor();
  }, 60_000);
});
