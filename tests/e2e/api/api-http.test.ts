import { DataSource } from "typeorm";
import { dataSourceOptions } from "@/server/db/options";
import { createApiToken, revokeApiToken } from "@/server/services/api/api-tokens";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { listApiV1Routes } from "../../helpers/api-v1";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { signedInCookie } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";

const LIMIT = 40;
const DAY = "2026-01-15";
let first: RunningApp;
let second: RunningApp;
let db: DataSource;

beforeAll(async () => {
  first = await startApp({ env: { TRACKER_API_REQUESTS_PER_MINUTE: String(LIMIT) } });
  await addOwner(first);
  second = await startApp({
    databaseUrl: first.databaseUrl,
    env: { TRACKER_API_REQUESTS_PER_MINUTE: String(LIMIT) },
  });
  db = new DataSource(
    dataSourceOptions({ kind: "postgres", url: first.databaseUrl ?? "", poolSize: 1 }),
  );
  await db.initialize();
}, 180_000);

afterAll(async () => {
  await db?.destroy();
  await second?.stop();
  await first?.stop();
});

async function token(scope: "read" | "write" = "write") {
  const created = await createApiToken(
    db,
    { name: "http", scope, expiresInDays: "30" },
    new Date(),
  );
  return created;
}

function call(app: RunningApp, path: string, init: RequestInit & { bearer?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.bearer) headers.set("authorization", `Bearer ${init.bearer}`);
  if (init.body) headers.set("content-type", "application/json");
  return fetch(`${app.baseUrl}/api/v1${path}`, { ...init, headers, redirect: "manual" });
}

const samplePath = (path: string) => path.replace("{date}", DAY).replace(/\{\w+\}/g, "1");

describe("every /api/v1 route over HTTP", () => {
  const cases = listApiV1Routes().flatMap((route) =>
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [method, route.path] as const),
  );

  it.each(cases)("%s %s refuses no credentials and a forged token", async (method, path) => {
    for (const bearer of [undefined, `trk_${"x".repeat(43)}`]) {
      const response = await call(first, samplePath(path), { method, bearer });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    }
  });
});

describe("credentials over HTTP", () => {
  it("take the owner's session, and refuse its writes from another site", async () => {
    const cookie = await signedInCookie(first.baseUrl, OWNER_PASSWORD);
    expect((await call(first, "/settings", { headers: { cookie } })).status).toBe(200);
    const body = JSON.stringify({ weight: 80 });
    const own = await call(first, `/weight/${DAY}`, {
      method: "PUT",
      body,
      headers: { cookie, origin: first.baseUrl },
    });
    expect(own.status).toBe(200);
    const foreign = await call(first, `/weight/${DAY}`, {
      method: "PUT",
      body,
      headers: { cookie, origin: "https://elsewhere.example" },
    });
    expect(foreign.status).toBe(403);
  });

  it("never let a token open a page, the old data routes or the password change", async () => {
    const { token: bearer } = await token();
    const headers = { authorization: `Bearer ${bearer}` };
    for (const page of ["/", "/settings", "/weight"]) {
      const response = await fetch(`${first.baseUrl}${page}`, { headers, redirect: "manual" });
      expect(response.status).toBe(307);
      expect(response.headers.get("location")).toMatch(/\/login/);
    }
    const exported = await fetch(`${first.baseUrl}/api/data/export`, { headers });
    expect(exported.status).toBe(401);
    const action = await fetch(`${first.baseUrl}/settings`, {
      method: "POST",
      headers: { ...headers, "next-action": "0".repeat(40), "content-type": "text/plain" },
      body: JSON.stringify([{ current: OWNER_PASSWORD, next: "another password 123" }]),
      redirect: "manual",
    });
    expect(action.status).not.toBe(200);
    await signedInCookie(first.baseUrl, OWNER_PASSWORD);
  });

  it("send no CORS headers: only this site's pages and non-browser clients", async () => {
    const { token: bearer } = await token("read");
    const origin = "https://elsewhere.example";
    const read = await call(first, "/settings", { bearer, headers: { origin } });
    expect(read.status).toBe(200);
    expect(read.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await call(first, "/settings", {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "PATCH" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("tokens across server instances and restarts", () => {
  it("work on every instance, are revoked on all at once, and share one rate limit", async () => {
    const { token: bearer, summary } = await token();
    expect((await call(first, "/weight/trend", { bearer })).status).toBe(200);
    expect((await call(second, "/weight/trend", { bearer })).status).toBe(200);
    const statuses: number[] = [];
    for (let sent = 0; sent < 2 * LIMIT + 1 && !statuses.includes(429); sent++) {
      const app = sent % 2 === 0 ? first : second;
      statuses.push((await call(app, "/weight/trend", { bearer })).status);
    }
    expect(statuses).toContain(429);
    await revokeApiToken(db, { id: summary.id }, new Date());
    for (const app of [first, second]) {
      const response = await call(app, "/weight/trend", { bearer });
      expect(response.status).toBe(401);
    }
  });

  it("keep working after the server restarts", async () => {
    const { token: bearer } = await token();
    const put = await call(second, `/diary/${DAY}`, {
      method: "PUT",
      bearer,
      body: JSON.stringify({ content: "Before the restart" }),
    });
    expect(put.status).toBe(200);
    await second.stop();
    second = await startApp({ databaseUrl: first.databaseUrl });
    const read = await call(second, `/diary/${DAY}`, { bearer });
    expect(await read.json()).toMatchObject({ content: "Before the restart" });
  });
});
