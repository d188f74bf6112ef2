import { randomUUID } from "node:crypto";
import { createApiToken } from "@/server/services/api/api-tokens";
import { callApi, type ApiCall, type ApiMethod } from "../../helpers/api-v1";
import { apiSession } from "../../helpers/api-session";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
let token = "";

beforeEach(async () => {
  const input = { name: "t", scope: "write", expiresInDays: "never" } as const;
  token = (await createApiToken(testDb.db, input, new Date())).token;
});

/** The parts of an answer the tests read; the rest is compared whole. */
interface Answer {
  [key: string]: unknown;
  id?: string;
  version?: number;
  today?: string;
  items?: Array<{ id: string }>;
  error?: { code: string; fields?: Record<string, string>; version?: number };
}

const session = apiSession();

/** Calls the route with the test's token, the answer checked against the OpenAPI document. */
function api(method: ApiMethod, url: string, call: ApiCall = {}) {
  return session.call<Answer>(method, url, { token, ...call });
}

const daily = (title: string, extra: object = {}) => ({
  title,
  period: "daily",
  targetCount: 2,
  ...extra,
});

async function newTask(title: string, extra: object = {}): Promise<string> {
  const { status, body } = await api("POST", "/tasks", { body: daily(title, extra) });
  expect(status).toBe(201);
  return String(body.id);
}

async function owner(): Promise<string> {
  return String((await api("GET", "/days/2000-01-01")).body.today);
}

describe("/api/v1 tasks", () => {
  it("creates (idempotently), lists, reads and refuses a bad body, id or unknown task", async () => {
    const key = { "idempotency-key": randomUUID() };
    const first = await api("POST", "/tasks", {
      body: daily("Water", { unit: "glasses" }),
      headers: key,
    });
    const again = await api("POST", "/tasks", {
      body: daily("Water", { unit: "glasses" }),
      headers: key,
    });
    expect(first).toMatchObject({
      status: 201,
      body: { title: "Water", unit: "glasses", active: true },
    });
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const bad = await api("POST", "/tasks", {
      body: { title: "", period: "once", targetCount: 1 },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error?.fields ?? {}).sort()).toEqual(["title"]);
    const noDay = await api("POST", "/tasks", {
      body: { title: "Trip", period: "once", targetCount: 1 },
    });
    expect(noDay.body.error).toMatchObject({
      code: "invalid_input",
      fields: { scheduledDate: expect.any(String) },
    });
    const list = await api("GET", "/tasks");
    expect(list).toMatchObject({
      status: 200,
      body: { items: [{ title: "Water", finished: false }] },
    });
    expect((await api("GET", `/tasks/${first.body.id ?? ""}`)).body).toEqual(first.body);
    expect((await api("GET", "/tasks/999999")).status).toBe(404);
    const badId = await api("GET", "/tasks/abc");
    expect(badId).toMatchObject({
      status: 400,
      body: { error: { fields: { id: expect.any(String) } } },
    });
  });

  it("edits only the fields sent, refuses a stale baseVersion (409 with version) and a broken rule", async () => {
    const id = await newTask("Read", { unit: "pages" });
    const read = (await api("GET", `/tasks/${id}`)).body;
    const edited = await api("PATCH", `/tasks/${id}`, { body: { title: "Read more", unit: null } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: "Read more", unit: null, targetCount: 2 });
    expect(edited.body.version).toBeGreaterThan(read.version as number);
    const stale = await api("PATCH", `/tasks/${id}`, {
      body: { title: "X", baseVersion: read.version },
    });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", version: edited.body.version } },
    });
    const once = await api("PATCH", `/tasks/${id}`, { body: { period: "once" } });
    expect(once).toMatchObject({
      status: 422,
      body: { error: { fields: { scheduledDate: expect.any(String) } } },
    });
    expect((await api("PATCH", "/tasks/999999", { body: { title: "X" } })).status).toBe(404);
  });

  it("reorders, archives, restores and deletes", async () => {
    const [a, b] = [await newTask("A"), await newTask("B")];
    const reordered = await api("POST", "/tasks/reorder", { body: { taskIds: [b, a] } });
    expect(reordered).toMatchObject({ status: 200, body: { changed: true } });
    expect((await api("GET", "/tasks")).body.items?.map((t) => t.id)).toEqual([b, a]);
    expect((await api("POST", "/tasks/reorder", { body: { taskIds: [a] } })).status).toBe(409);
    const twice = await api("POST", "/tasks/reorder", { body: { taskIds: [a, a] } });
    expect(twice).toMatchObject({
      status: 422,
      body: { error: { fields: { taskIds: expect.any(String) } } },
    });
    const archived = await api("POST", `/tasks/${a}/archive`);
    expect(archived.body).toMatchObject({ active: false, archivedOn: await owner() });
    expect((await api("POST", `/tasks/${a}/completions`)).status).toBe(409);
    expect((await api("POST", `/tasks/${a}/restore`)).body).toMatchObject({
      active: true,
      archivedOn: null,
    });
    expect((await api("POST", "/tasks/999999/archive")).status).toBe(404);
    expect((await api("POST", "/tasks/999999/restore")).status).toBe(404);
    expect(await api("DELETE", `/tasks/${a}`)).toMatchObject({
      status: 200,
      body: { deleted: true },
    });
    expect((await api("DELETE", `/tasks/${a}`)).status).toBe(404);
    expect((await api("GET", `/tasks/${a}`)).status).toBe(404);
  });

  it("adds, lists and undoes completions; the day list shows them", async () => {
    const id = await newTask("Water");
    const today = await owner();
    const added = await api("POST", `/tasks/${id}/completions`);
    expect(added).toMatchObject({
      status: 201,
      body: { taskId: id, date: today, count: 1, dayCount: 1, changed: true },
    });
    const requestId = randomUUID();
    const body = { date: "2020-01-01", requestId };
    expect((await api("POST", `/tasks/${id}/completions`, { body })).body).toMatchObject({
      changed: true,
    });
    expect((await api("POST", `/tasks/${id}/completions`, { body })).body).toMatchObject({
      changed: false,
      dayCount: 1,
    });
    const future = await api("POST", `/tasks/${id}/completions`, { body: { date: "9999-01-01" } });
    expect(future.status).toBe(422);
    const badUuid = await api("POST", `/tasks/${id}/completions`, { body: { requestId: "x" } });
    expect(badUuid).toMatchObject({
      status: 422,
      body: { error: { fields: { requestId: expect.any(String) } } },
    });
    expect((await api("POST", "/tasks/999999/completions")).status).toBe(404);

    const page = await api("GET", `/tasks/${id}/completions?limit=1`);
    expect(page.body).toEqual({ items: [{ date: today, count: 1 }], next: today });
    const older = await api("GET", `/tasks/${id}/completions?limit=1&before=${today}`);
    expect(older.body).toEqual({ items: [{ date: "2020-01-01", count: 1 }], next: null });
    expect((await api("GET", `/tasks/${id}/completions?from=${today}`)).body.items).toHaveLength(1);
    expect((await api("GET", `/tasks/${id}/completions?limit=0`)).status).toBe(400);
    expect((await api("GET", "/tasks/999999/completions")).status).toBe(404);

    const day = await api("GET", `/days/${today}`);
    expect(day).toMatchObject({ status: 200, body: { today, date: today, upcoming: [] } });
    expect(day.body.items).toEqual([
      {
        taskId: id,
        title: "Water",
        unit: null,
        period: "daily",
        state: "open",
        count: 1,
        target: 2,
        dayCount: 1,
        scheduledDate: null,
      },
    ]);
    expect((await api("GET", "/days/9999-01-01")).status).toBe(422);
    expect((await api("GET", "/days/2025-02-30")).status).toBe(400);

    const undone = await api("DELETE", `/tasks/${id}/completions/${today}`);
    expect(undone).toMatchObject({ status: 200, body: { count: 0, dayCount: 0, changed: true } });
    expect((await api("DELETE", `/tasks/${id}/completions/${today}`)).body).toMatchObject({
      changed: false,
    });
    expect((await api("DELETE", `/tasks/999999/completions/${today}`)).status).toBe(404);
  });

  it("refuses writes with a read-only token", async () => {
    const readOnly = { name: "r", scope: "read", expiresInDays: "never" } as const;
    const read = (await createApiToken(testDb.db, readOnly, new Date())).token;
    expect((await callApi("POST", "/tasks", { token: read, body: daily("X") })).status).toBe(403);
    expect(await testDb.db.query(`SELECT 1 FROM tasks`)).toEqual([]);
  });
});
