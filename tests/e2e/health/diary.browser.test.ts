import { addDays } from "@/domain/calendar";
import { PHONE, saveScreenshot } from "../../helpers/browser";
import { openSignedIn, startHealthApp, VARIANTS, type HealthApp } from "./health-app";

let health: HealthApp;

const SAMPLE = [
  "# A good day",
  "",
  "Long **walk** by the river with *Sam*. Then [the library](https://example.org).",
  "",
  "- bread",
  "- coffee",
  "",
  "> Slow is smooth, smooth is fast.",
  "",
  "<script>alert('x')</script> stays text.",
].join("\n");

beforeAll(async () => {
  health = await startHealthApp();
  // The diary's text never reaches a log line (checked when the app stops).
  health.app.sensitive["the diary's text"] = "Long **walk** by the river with *Sam*";
  health.app.sensitive["the other tab's text"] = "Written in tab A.";
  const entries = [
    [addDays(health.today, -1), "Rainy. Read a book about walking across Japan."],
    [addDays(health.today, -3), "Gym in the morning, walk in the evening, early night."],
    [addDays(health.today, -8), "Cooked soup for everyone. Nobody walked anywhere."],
  ];
  for (const [date, content] of entries) {
    await health.sql(`INSERT INTO diary_entries (date, content) VALUES ($1::date, $2)`, [
      date,
      content,
    ]);
  }
}, 120_000);
afterAll(() => health?.close());

async function storedText(date: string): Promise<string | undefined> {
  const rows = await health.sql(`SELECT content FROM diary_entries WHERE date = $1::date`, [date]);
  return rows[0]?.content as string | undefined;
}

describe("diary in Chromium", () => {
  it("autosaves while typing and renders safe Markdown in the read view", async () => {
    const { context, page } = await openSignedIn(health, PHONE);
    await page.goto(`${health.app.baseUrl}/diary/${health.today}`);
    const editor = page.getByLabel("Diary entry");
    await editor.fill(SAMPLE);
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect(await storedText(health.today)).toBe(SAMPLE);

    await page.reload();
    await expect(page.getByLabel("Diary entry").inputValue()).resolves.toBe(SAMPLE);
    await page.getByRole("button", { name: "Read" }).click();
    await page.getByRole("heading", { name: "A good day" }).waitFor();
    await expect(page.locator("strong", { hasText: "walk" }).count()).resolves.toBe(1);
    await expect(page.locator("script", { hasText: "alert" }).count()).resolves.toBe(0);
    await page.getByText("<script>alert('x')</script> stays text.").waitFor();
    await saveScreenshot(page, "diary-read-phone-light");
    for (const variant of VARIANTS) {
      const themed = await openSignedIn(health, variant.options);
      await themed.page.goto(`${health.app.baseUrl}/diary/${health.today}`);
      await themed.page.getByLabel("Diary entry").waitFor();
      await saveScreenshot(themed.page, `diary-${variant.name}`);
      await themed.context.close();
    }
    await context.close();
  });

  it("keeps unsaved text on the device when saving fails and restores it after a reload", async () => {
    const day = addDays(health.today, -2);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/diary/${day}`);
    await page.route(`**/diary/${day}`, (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    );
    await page.getByLabel("Diary entry").fill("Written while the network was down.");
    await page.getByText(/^Not saved/).waitFor();
    expect(await storedText(day)).toBeUndefined();

    await page.unroute(`**/diary/${day}`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.reload();
    await page.getByText("Restored text from this device that had not been saved yet.").waitFor();
    await expect(page.getByLabel("Diary entry").inputValue()).resolves.toBe(
      "Written while the network was down.",
    );
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect(await storedText(day)).toBe("Written while the network was down.");
    await context.close();
  });

  it("warns before leaving with text that could not be saved, and restores it next time", async () => {
    const day = addDays(health.today, -6);
    const text = "Typed on the train, no signal.";
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/diary/${day}`);
    await page.route("**/*", (route) =>
      route.request().method() === "POST" ? route.abort() : route.continue(),
    );
    const editor = page.getByLabel("Diary entry");
    await editor.click(); // a real gesture: Chromium only asks before leaving after one
    await page.keyboard.type(text);
    await page.getByText(/^Not saved/).waitFor();

    // Closing the tab asks first; staying keeps the page and the text.
    const stay = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const asked = await stay;
    expect(asked.type()).toBe("beforeunload");
    await asked.dismiss();
    expect(page.isClosed()).toBe(false);
    await expect(editor.inputValue()).resolves.toBe(text);

    // Leaving anyway, still without a connection: the text stays on this device and comes back
    // on the next visit. (A request held by a route goes on once its tab is gone, so the tab's
    // last save, sent while closing, is cut off by going offline instead.)
    await context.setOffline(true);
    await page.unroute("**/*");
    page.once("dialog", (dialog) => void dialog.accept());
    const closed = page.waitForEvent("close");
    await page.close({ runBeforeUnload: true });
    await closed;
    await context.setOffline(false);
    expect(await storedText(day)).toBeUndefined();
    const next = await context.newPage();
    await next.goto(`${health.app.baseUrl}/diary/${day}`);
    await next.getByText("Restored text from this device that had not been saved yet.").waitFor();
    await expect(next.getByLabel("Diary entry").inputValue()).resolves.toBe(text);
    await next
      .getByRole("status")
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect(await storedText(day)).toBe(text);
    await context.close();
  });

  it("saves the newest text last when typing goes on during a slow save", async () => {
    const day = addDays(health.today, -5);
    const { context, page } = await openSignedIn(health);
    await page.goto(`${health.app.baseUrl}/diary/${day}`);
    let posts = 0;
    await page.route(`**/diary/${day}`, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      posts += 1;
      if (posts === 1) await new Promise((resolve) => setTimeout(resolve, 1500));
      return route.continue();
    });
    const editor = page.getByLabel("Diary entry");
    await editor.fill("First version");
    await page.getByRole("status").filter({ hasText: "Saving…" }).waitFor();
    await editor.fill("Second, newer version");
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect(await storedText(day)).toBe("Second, newer version");
    await context.close();
  });

  it("never saves over another tab's text: the later tab sees both and the chosen one is stored", async () => {
    const day = addDays(health.today, -4);
    await health.sql(`INSERT INTO diary_entries (date, content) VALUES ($1::date, $2)`, [
      day,
      "Opened in both tabs.",
    ]);
    const { context, page: tabA } = await openSignedIn(health);
    const tabB = await context.newPage();
    for (const tab of [tabA, tabB]) {
      await tab.goto(`${health.app.baseUrl}/diary/${day}`);
      await tab.getByRole("button", { name: "Write" }).click();
    }
    const saved = (tab: typeof tabA) =>
      tab
        .getByRole("status")
        .filter({ hasText: /^Saved$/ })
        .waitFor();
    const conflictIn = (tab: typeof tabA) =>
      tab.getByRole("alert").filter({ hasText: "This entry was changed in another tab or device" });
    const otherText = (tab: typeof tabA) =>
      tab.getByLabel("Text saved in the other tab or device").inputValue();

    await tabA.getByLabel("Diary entry").fill("Written in tab A.");
    await saved(tabA);
    await tabB.getByLabel("Diary entry").fill("Written in tab B.");
    await conflictIn(tabB).waitFor();
    await expect(otherText(tabB)).resolves.toBe("Written in tab A.");
    await expect(tabB.getByLabel("Diary entry").inputValue()).resolves.toBe("Written in tab B.");
    expect(await storedText(day)).toBe("Written in tab A.");

    // Tab B keeps its text: saved over tab A's, knowingly.
    await tabB.getByRole("button", { name: "Keep my text" }).click();
    await saved(tabB);
    await expect(conflictIn(tabB).count()).resolves.toBe(0);
    expect(await storedText(day)).toBe("Written in tab B.");

    // Tab A, still on its own older version, runs into tab B's text and takes it.
    await tabA.getByLabel("Diary entry").fill("Tab A again.");
    await conflictIn(tabA).waitFor();
    await expect(otherText(tabA)).resolves.toBe("Written in tab B.");
    await tabA.getByRole("button", { name: "Take the other text" }).click();
    await expect(tabA.getByLabel("Diary entry").inputValue()).resolves.toBe("Written in tab B.");
    await saved(tabA);
    expect(await storedText(day)).toBe("Written in tab B.");

    // Both edit once more; the later one merges by hand: its text first, then the other.
    await tabA.getByLabel("Diary entry").fill("Tab A's last word.");
    await saved(tabA);
    await tabB.getByLabel("Diary entry").fill("Tab B's last word.");
    await conflictIn(tabB).waitFor();
    await tabB.getByRole("button", { name: "Merge by hand" }).click();
    const merged = "Tab B's last word.\n\n---\n\nTab A's last word.";
    await expect(tabB.getByLabel("Diary entry").inputValue()).resolves.toBe(merged);
    await saved(tabB);
    expect(await storedText(day)).toBe(merged);
    await context.close();
  });

  it("lists entries by month, jumps to a day and finds words with highlights", async () => {
    const { context, page } = await openSignedIn(health, PHONE);
    await page.goto(`${health.app.baseUrl}/diary`);
    await page.getByLabel("Go to day").fill(addDays(health.today, -3));
    await page.getByRole("button", { name: "Open" }).click();
    await page.waitForURL(new RegExp(`/diary/${addDays(health.today, -3)}$`));
    await page.getByText("Gym in the morning").waitFor();

    await page.goto(`${health.app.baseUrl}/diary`);
    await page.getByRole("searchbox", { name: "Search entries" }).fill("walk");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: /entries for “walk”/ }).waitFor();
    const marks = await page.locator("mark").allTextContents();
    expect(marks.map((text) => text.toLowerCase())).toEqual(expect.arrayContaining(["walk"]));
    await saveScreenshot(page, "diary-search-phone-light");
    await page.goto(`${health.app.baseUrl}/diary?month=${health.today.slice(0, 7)}`);
    await saveScreenshot(page, "diary-month-phone-light");
    await context.close();
  });
});
