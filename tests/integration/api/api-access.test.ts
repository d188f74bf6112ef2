import { createHash } from "node:crypto";
import { listApiTokens, revokeApiToken } from "@/server/services/api/api-tokens";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { apiSession, newToken } from "../../helpers/api-session";
import { databaseForThisFile } from "../../helpers/test-database";

// Read once per test file (jest isolates modules per file), before any request.
process.env.TRACKER_API_REQUESTS_PER_MINUTE = "3";

const testDb = databaseForThisFile();
const api = apiSession();
let today: string;

beforeEach(async () => {
  today = (await loadOwnerCalendar(testDb.db, new Date())).today;
});

const unauthorized = (message: RegExp) => ({
  status: 401,
  body: { error: { code: "unauthorized", message: expect.stringMatching(message) } },
});

describe("personal API tokens", () => {
  it("are stored as a hash, listed by name and hint, and show when they were last used", async () => {
    const token = await newToken(testDb.db, "read");
    const rows: Array<{ token_hash: string; token_hint: string }> = await testDb.db.query(
      `SELECT token_hash, token_hint FROM api_tokens`,
    );
    expect(rows).toEqual([
      {
        token_hash: createHash("sha256").update(token).digest("hex"),
        token_hint: token.slice(0, 8),
      },
    ]);
    const [before] = await listApiTokens(testDb.db, new Date());
    expect(before).toMatchObject({
      name: "test read",
      scope: "read",
      lastUsedAt: null,
      expired: false,
    });
    expect(JSON.stringify(before)).not.toContain(token.slice(8));
    expect((await api.call("GET", "/settings", { token })).status).toBe(200);
    const [after] = await listApiTokens(testDb.db, new Date());
    expect(after?.lastUsedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
  });

  it("read-only: reads, and is refused every write with 403", async () => {
    const token = await newToken(testDb.db, "read");
    expect((await api.call("GET", `/weight/trend`, { token })).status).toBe(200);
    const write = await api.call("PUT", `/weight/${today}`, { token, body: { weight: 80 } });
    expect(write).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await testDb.db.query(`SELECT 1 FROM weight_entries`)).toEqual([]);
  });

  it("stops working once expired, and at the next request once revoked", async () => {
    const expiring = await newToken(testDb.db);
    await testDb.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second'`);
    expect(await api.call("GET", "/settings", { token: expiring })).toMatchObject(
      unauthorized(/expired/),
    );
    const [listed] = await listApiTokens(testDb.db, new Date());
    expect(listed?.expired).toBe(true);

    const token = await newToken(testDb.db);
    expect((await api.call("GET", "/settings", { token })).status).toBe(200);
    const [current] = await listApiTokens(testDb.db, new Date());
    await revokeApiToken(testDb.db, { id: current?.id ?? "" }, new Date());
    expect(await api.call("GET", "/settings", { token })).toMatchObject(unauthorized(/revoked/));
    expect((await listApiTokens(testDb.db, new Date())).map((t) => t.id)).not.toContain(
      current?.id,
    );
  });

  it("refuses forged tokens and other kinds of Authorization", async () => {
    await newToken(testDb.db);
    const forged = `trk_${"A".repeat(43)}`;
    expect(await api.call("GET", "/settings", { token: forged })).toMatchObject(
      unauthorized(/not valid/),
    );
    expect(await api.call("GET", "/settings", { token: "abc" })).toMatchObject(
      unauthorized(/not valid/),
    );
    const basic = await api.call("GET", "/settings", {
      headers: { authorization: "Basic b3duZXI6cHc=" },
    });
    expect(basic).toMatchObject(unauthorized(/bearer/));
  });

  it("limits each token's requests per minute with 429 and Retry-After, token by token", async () => {
    const token = await newToken(testDb.db);
    const statuses: number[] = [];
    let limited: { status: number; headers: Headers } | undefined;
    // Three fit a minute; a minute that ends mid-loop allows three more at most.
    for (let sent = 0; sent < 7 && !limited; sent++) {
      const answer = await api.call("GET", "/settings", { token });
      statuses.push(answer.status);
      if (answer.status === 429) limited = answer;
    }
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3);
    expect(limited?.headers.get("retry-after")).toMatch(/^([1-9]|[1-5]\d|60)$/);
    const other = await newToken(testDb.db);
    expect((await api.call("GET", "/settings", { token: other })).status).toBe(200);
  });
});
