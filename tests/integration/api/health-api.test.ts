import { addDays } from "@/domain/calendar";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { apiSession, newToken } from "../../helpers/api-session";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const api = apiSession();
let token: string;
let today: string;
let yesterday: string;

beforeEach(async () => {
  token = await newToken(testDb.db);
  today = (await loadOwnerCalendar(testDb.db, new Date())).today;
  yesterday = addDays(today, -1);
});

type Versioned = { version: number };

describe("weight over the API", () => {
  it("logs, reads, lists, summarises and deletes weigh-ins", async () => {
    const saved = await api.call<Versioned>("PUT", `/weight/${today}`, {
      token,
      body: { weight: 81.5 },
    });
    expect(saved).toMatchObject({ status: 200, body: { date: today, weight: 81.5, unit: "kg" } });
    await api.call("PUT", `/weight/${yesterday}`, { token, body: { weight: 82 } });
    expect((await api.call("GET", `/weight/${today}`, { token })).body).toEqual(saved.body);
    const first = await api.call("GET", "/weight?limit=1", { token });
    expect(first.body).toEqual({ items: [saved.body], next: today });
    const second = await api.call("GET", `/weight?limit=1&before=${today}`, { token });
    expect(second.body).toMatchObject({ items: [{ date: yesterday, weight: 82 }], next: null });
    const trend = await api.call("GET", "/weight/trend", { token });
    expect(trend.body).toMatchObject({ latestDate: today, totalWeighIns: 2 });
    const stale = await api.call("DELETE", `/weight/${today}?baseVersion=1`, { token });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    const url = `/weight/${today}?baseVersion=${saved.body.version}`;
    expect((await api.call("DELETE", url, { token })).body).toEqual({ deleted: true });
    const gone = await api.call("GET", `/weight/${today}`, { token });
    expect(gone).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("refuses a bad day, a bad weight and a future day with field sentences", async () => {
    const badDay = await api.call("PUT", "/weight/2026-02-30", { token, body: { weight: 80 } });
    expect(badDay).toMatchObject({
      status: 400,
      body: { error: { fields: { date: expect.any(String) } } },
    });
    const badWeight = await api.call("PUT", `/weight/${today}`, {
      token,
      body: { weight: "eighty" },
    });
    expect(badWeight).toMatchObject({
      status: 422,
      body: { error: { fields: { weight: expect.any(String) } } },
    });
    const future = await api.call("PUT", `/weight/${addDays(today, 1)}`, {
      token,
      body: { weight: 80 },
    });
    expect(future).toMatchObject({
      status: 422,
      body: { error: { message: expect.stringMatching(/future/) } },
    });
    const badLimit = await api.call("GET", "/weight?limit=501", { token });
    expect(badLimit).toMatchObject({
      status: 400,
      body: { error: { fields: { limit: expect.any(String) } } },
    });
    expect(await testDb.db.query(`SELECT 1 FROM weight_entries`)).toEqual([]);
  });
});

describe("calories over the API", () => {
  it("sets, quick-adds, lists and clears a day's total", async () => {
    const set = await api.call<Versioned>("PUT", `/calories/${yesterday}`, {
      token,
      body: { kcal: 1800 },
    });
    expect(set.body).toMatchObject({ date: yesterday, kcal: 1800 });
    const added = await api.call("POST", `/calories/${today}/add`, { token, body: { kcal: 250 } });
    expect(added).toMatchObject({ status: 200, body: { date: today, total: 250, previous: null } });
    expect((await api.call("GET", `/calories/${today}`, { token })).body).toMatchObject({
      kcal: 250,
    });
    const page = await api.call("GET", `/calories?from=${yesterday}`, { token });
    expect(page.body).toMatchObject({
      items: [{ date: today }, { date: yesterday, kcal: 1800 }],
      next: null,
    });
    const stale = await api.call("PUT", `/calories/${yesterday}`, {
      token,
      body: { kcal: 1900, baseVersion: set.body.version - 1 },
    });
    expect(stale).toMatchObject({ status: 409, body: { error: { version: set.body.version } } });
    expect((await api.call("DELETE", `/calories/${yesterday}`, { token })).body).toEqual({
      deleted: true,
    });
    const none = await api.call("GET", `/calories/${yesterday}`, { token });
    expect(none.body).toMatchObject({ kcal: null, version: 0 });
    const tooMuch = await api.call("POST", `/calories/${today}/add`, { token, body: { kcal: -5 } });
    expect(tooMuch).toMatchObject({
      status: 422,
      body: { error: { fields: { kcal: expect.any(String) } } },
    });
  });
});

describe("the diary over the API", () => {
  it("writes, reads, searches and deletes an entry, refusing a stale write", async () => {
    const saved = await api.call<Versioned>("PUT", `/diary/${today}`, {
      token,
      body: { content: "Walked to the lighthouse" },
    });
    expect(saved.status).toBe(200);
    const entry = await api.call("GET", `/diary/${today}`, { token });
    expect(entry.body).toMatchObject({
      content: "Walked to the lighthouse",
      version: saved.body.version,
    });
    const found = await api.call("GET", "/diary/search?q=lighth", { token });
    expect(found.body).toMatchObject({ hits: [{ date: today }] });
    const stale = await api.call("PUT", `/diary/${today}`, {
      token,
      body: { content: "Other", baseVersion: 0 },
    });
    expect(stale).toMatchObject({ status: 409, body: { error: { version: saved.body.version } } });
    expect((await api.call("DELETE", `/diary/${today}`, { token })).body).toEqual({
      deleted: true,
    });
    expect((await api.call("GET", `/diary/${today}`, { token })).status).toBe(404);
    expect((await api.call("DELETE", `/diary/${today}`, { token })).body).toEqual({
      deleted: false,
    });
    const noQuery = await api.call("GET", "/diary/search", { token });
    expect(noQuery).toMatchObject({
      status: 400,
      body: { error: { fields: { q: expect.any(String) } } },
    });
  });
});

describe("settings and export over the API", () => {
  it("reads and patches settings over their version", async () => {
    const read = await api.call<Versioned>("GET", "/settings", { token });
    expect(read.body).toMatchObject({ settings: { calorieGoal: 2000, weightUnit: "kg" } });
    const patched = await api.call<Versioned>("PATCH", "/settings", {
      token,
      body: { calorieGoal: 2200, timeZone: "Asia/Calcutta", baseVersion: read.body.version },
    });
    expect(patched.body).toMatchObject({
      settings: { calorieGoal: 2200, timeZone: "Asia/Kolkata" },
    });
    const stale = await api.call("PATCH", "/settings", {
      token,
      body: { calorieGoal: 1800, baseVersion: read.body.version },
    });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { version: patched.body.version } },
    });
    const empty = await api.call("PATCH", "/settings", { token, body: {} });
    expect(empty).toMatchObject({ status: 422 });
    const badGoal = await api.call("PATCH", "/settings", { token, body: { calorieGoal: 5 } });
    expect(badGoal).toMatchObject({
      status: 422,
      body: { error: { fields: { calorieGoal: expect.any(String) } } },
    });
  });

  it("exports everything as the export document, and serves the OpenAPI document", async () => {
    await api.call("PUT", `/weight/${today}`, { token, body: { weight: 70 } });
    const doc = await api.call("GET", "/export", { token });
    expect(doc.body).toMatchObject({
      format: "tracker-export",
      weights: [{ date: today, weightKg: 70 }],
    });
    const openapi = await api.call("GET", "/openapi.json", { token });
    expect(openapi.body).toMatchObject({ openapi: "3.1.0" });
  });
});
