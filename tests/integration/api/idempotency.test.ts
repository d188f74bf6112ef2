import { randomUUID } from "node:crypto";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { apiSession, newToken } from "../../helpers/api-session";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const api = apiSession();
let token: string;
let today: string;

beforeEach(async () => {
  token = await newToken(testDb.db);
  today = (await loadOwnerCalendar(testDb.db, new Date())).today;
});

async function storedTotal(): Promise<number | null> {
  const rows: Array<{ calories: number }> = await testDb.db.query(
    `SELECT calories FROM calorie_entries`,
  );
  return rows[0]?.calories ?? null;
}

function quickAdd(key: string, kcal = 250, as = token) {
  return api.call("POST", `/calories/${today}/add`, {
    token: as,
    body: { kcal },
    headers: { "idempotency-key": key },
  });
}

describe("Idempotency-Key", () => {
  it("stores a resent write once and answers it the same", async () => {
    const key = randomUUID();
    const first = await quickAdd(key);
    const again = await quickAdd(key);
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await storedTotal()).toBe(250);
    expect((await quickAdd(randomUUID())).body).toMatchObject({ total: 500 });
  });

  it("stores once when the same request arrives several times at once", async () => {
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3, 4].map(() => quickAdd(key)));
    expect(answers.map((answer) => answer.status).every((s) => s === 200 || s === 409)).toBe(true);
    expect(answers.some((answer) => answer.status === 200)).toBe(true);
    expect(await storedTotal()).toBe(250);
  });

  it("refuses a key reused for another request, keeps keys apart per token, replays refusals", async () => {
    const key = randomUUID();
    await quickAdd(key, 100);
    const reused = await quickAdd(key, 200);
    expect(reused).toMatchObject({ status: 422, body: { error: { code: "invalid_input" } } });
    const otherToken = await newToken(testDb.db);
    expect((await quickAdd(key, 100, otherToken)).body).toMatchObject({ total: 200 });
    await testDb.db.query(`UPDATE calorie_entries SET calories = 19990`);
    const overKey = randomUUID();
    const over = await quickAdd(overKey, 100);
    expect(over.status).toBe(422);
    await testDb.db.query(`UPDATE calorie_entries SET calories = 0`);
    expect(await quickAdd(overKey, 100)).toMatchObject({ status: 422, body: over.body });
    expect(await storedTotal()).toBe(0);
    const badKey = await quickAdd("", 100);
    expect(badKey).toMatchObject({ status: 400 });
  });
});

describe("request bodies", () => {
  const url = () => `/weight/${today}`;
  it("answer 400 to broken JSON, 415 to other media, 413 past 1 MiB, and change nothing", async () => {
    const broken = await api.call("PUT", url(), { token, body: "{weight: 80" });
    expect(broken).toMatchObject({ status: 400, body: { error: { code: "bad_request" } } });
    const text = await api.call("PUT", url(), {
      token,
      body: '{"weight": 80}',
      headers: { "content-type": "text/plain" },
    });
    expect(text).toMatchObject({
      status: 415,
      body: { error: { code: "unsupported_media_type" } },
    });
    const large = await api.call("PUT", url(), {
      token,
      body: { weight: 80, pad: "x".repeat(1_100_000) },
    });
    expect(large).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
    const missing = await api.call("PUT", url(), { token, body: {} });
    expect(missing).toMatchObject({
      status: 422,
      body: { error: { fields: { weight: expect.any(String) } } },
    });
    expect(await testDb.db.query(`SELECT 1 FROM weight_entries`)).toEqual([]);
  });
});

describe("methods a route does not serve", () => {
  it("are refused 405 with the methods it serves, after the credentials", async () => {
    const wrong = await api.call("POST", `/weight/${today}`, { token, body: { weight: 80 } });
    expect(wrong).toMatchObject({ status: 405, body: { error: { code: "method_not_allowed" } } });
    expect(wrong.headers.get("allow")).toBe("GET, PUT, DELETE");
    const stranger = await api.call("POST", `/weight/${today}`, { token: `trk_${"B".repeat(43)}` });
    expect(stranger.status).toBe(401);
  });
});
