import { readdirSync } from "node:fs";
import path from "node:path";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { HttpSession } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";
import { startTestPostgres, type TestPostgres } from "../../setup/postgres-server";
import { freezePostgres } from "./postgres-freeze";

/** Only a guard against a hung request failing the run by timeout; nothing asserts on time. */
const hangGuard = () => ({ signal: AbortSignal.timeout(60_000) });

describe("health endpoint", () => {
  let postgres: TestPostgres;
  let app: RunningApp;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    app = await startApp({ databaseUrl: postgres.url("postgres") });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await postgres?.stop().catch(() => undefined);
  });

  it("answers 200 ok while the database answers, with nothing else in it", async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 instead of hanging while the database is frozen, and recovers", async () => {
    const thaw = await freezePostgres(postgres.url("postgres"));
    try {
      const response = await fetch(`${app.baseUrl}/api/health`, hangGuard());
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable" });
    } finally {
      thaw();
    }
    expect((await fetch(`${app.baseUrl}/api/health`, hangGuard())).status).toBe(200);
  });

  it("answers 503 once the database is gone", async () => {
    await postgres.stop();
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });
});

describe("security and caching headers", () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
    await addOwner(app);
  }, 120_000);
  afterAll(() => app?.stop());

  it("sends the security headers on pages", async () => {
    const response = await fetch(`${app.baseUrl}/login`);
    const header = (name: string) => response.headers.get(name) ?? "";
    expect(header("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(header("x-content-type-options")).toBe("nosniff");
    expect(header("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(header("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(header("content-security-policy")).toContain("object-src 'none'");
    expect(header("x-powered-by")).toBe("");
  });

  it("never lets pages be cached, and caches fingerprinted assets for a year", async () => {
    const page = await fetch(`${app.baseUrl}/login`);
    expect(page.headers.get("cache-control")).toMatch(/no-store/);
    const session = new HttpSession(app.baseUrl);
    expect((await session.logIn(OWNER_PASSWORD)).status).toBe(200);
    const signedIn = await session.request("/");
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toMatch(/no-store/);
    const chunk = readdirSync(path.join(__dirname, "../../../.next/static/chunks")).find((f) =>
      f.endsWith(".js"),
    );
    const asset = await fetch(`${app.baseUrl}/_next/static/chunks/${chunk}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});
