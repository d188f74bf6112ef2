import type { BrowserContext, Locator, Page } from "playwright-core";
import { DESKTOP, logIn } from "../../helpers/browser";
import { openSignedIn, startTasksApp, type TasksApp } from "../tasks/tasks-app";

/**
 * Settings > API tokens, end to end: a token created in the page is shown once, works with the
 * API from outside the browser (Bearer), is listed by name with its last use after a reload
 * that no longer holds it, and is refused at once after Revoke; a read-only one cannot write.
 */
let tasks: TasksApp;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  tasks = await startTasksApp();
  ({ context, page } = await openSignedIn(tasks, DESKTOP));
}, 120_000);
afterAll(async () => {
  await context?.close();
  await tasks?.close();
});

const section = () => page.getByRole("region", { name: "API tokens" });
const tokenRow = (name: string): Locator =>
  section()
    .getByRole("list", { name: "API tokens, newest first" })
    .getByRole("listitem")
    .filter({ has: page.getByText(name, { exact: true }) });

/** Creates a token in Settings and returns it, read once from the page. */
async function createToken(name: string, access: "Read only" | "Read and write") {
  await section().getByLabel("Name").fill(name);
  await section().getByLabel("Access").selectOption({ label: access });
  await section().getByLabel("Expires").selectOption({ label: "In 90 days" });
  await section().getByRole("button", { name: "Create token" }).click();
  await section().getByText(`Token “${name}” created.`).waitFor();
  await section().getByText("Copy it now: it will not be shown again.").waitFor();
  const token = await section().getByLabel("Your new token").inputValue();
  expect(token).toMatch(/^trk_[A-Za-z0-9_-]{43}$/);
  // No log line may hold it.
  tasks.app.sensitive[`the API token “${name}”`] = token;
  return token;
}

function api(token: string, path: string, init: RequestInit = {}) {
  return fetch(`${tasks.app.baseUrl}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    signal: AbortSignal.timeout(30_000),
  });
}

const putWeight = (token: string) =>
  api(token, `/weight/${tasks.today}`, { method: "PUT", body: JSON.stringify({ weight: 80 }) });

describe("API tokens in Settings", () => {
  it("a read-and-write token is shown once, works, is listed with its last use, and revoked is refused", async () => {
    await page.goto(`${tasks.app.baseUrl}/settings`);
    await section().getByText("No API tokens yet.").waitFor();
    const token = await createToken("Scale", "Read and write");
    await tokenRow("Scale").getByText("Read and write").waitFor();
    await tokenRow("Scale").getByText("Never used").waitFor();
    await tokenRow("Scale")
      .getByText(`${token.slice(0, 8)}…`)
      .waitFor();

    const put = await putWeight(token);
    expect(put.status).toBe(200);
    await expect(put.json()).resolves.toMatchObject({ date: tasks.today, weight: 80 });
    const trend = await api(token, "/weight/trend");
    expect(trend.status).toBe(200);
    await expect(
      tasks.sql(`SELECT weight::float AS weight FROM weight_entries WHERE date = $1`, [
        tasks.today,
      ]),
    ).resolves.toEqual([{ weight: 80 }]);

    const reloaded = await page.reload();
    expect(await reloaded?.text()).not.toContain(token);
    await tokenRow("Scale").waitFor();
    expect(await page.content()).not.toContain(token);
    await expect(section().getByLabel("Your new token").count()).resolves.toBe(0);
    const lastUsed = tokenRow("Scale")
      .locator("dl > div")
      .filter({ has: page.locator("dt", { hasText: "Last used" }) })
      .locator("dd");
    await expect(lastUsed.innerText()).resolves.toMatch(/\d/);
    await expect(tokenRow("Scale").getByText("Never used").count()).resolves.toBe(0);

    await tokenRow("Scale").getByRole("button", { name: "Revoke Scale" }).click();
    await tokenRow("Scale").getByRole("button", { name: "Revoke now Scale" }).click();
    await section().getByText("No API tokens yet.").waitFor();

    const refused = await api(token, "/weight/trend");
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unauthorized");
    expect(body.error.message).toEqual(expect.any(String));
  }, 90_000);

  it("a read-only token reads but is refused a write with 403", async () => {
    await page.goto(`${tasks.app.baseUrl}/settings`);
    const token = await createToken("Reader", "Read only");
    await tokenRow("Reader").getByText("Read only").waitFor();
    expect((await api(token, "/weight/trend")).status).toBe(200);
    const put = await putWeight(token);
    expect(put.status).toBe(403);
    const body = (await put.json()) as { error: { code: string } };
    expect(body.error.code).toBe("forbidden");
  }, 60_000);

  it("fits a phone's width", async () => {
    const phone = await tasks.browser.newContext({
      ...DESKTOP,
      viewport: { width: 390, height: 844 },
    });
    const phonePage = await phone.newPage();
    try {
      await logIn(phonePage, tasks.app);
      await phonePage.goto(`${tasks.app.baseUrl}/settings`);
      const region = phonePage.getByRole("region", { name: "API tokens" });
      await region.locator("strong", { hasText: "Reader" }).waitFor();
      const overflow = await region.evaluate(
        (element) => element.scrollWidth - element.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await phone.close();
    }
  }, 60_000);
});
