import { startApp, type RunningApp } from "../../helpers/app-server";
import { launchChromium, logIn, OWNER_PASSWORD } from "../../helpers/browser";
import { HttpSession } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";

let app: RunningApp;

beforeAll(async () => {
  // One trusted proxy: each HttpSession's X-Forwarded-For then stands for another client.
  app = await startApp({ env: { LOG_LEVEL: "info", TRACKER_TRUSTED_PROXY_HOPS: "1" } });
  await addOwner(app);
}, 120_000);
afterAll(() => app?.stop());

describe("owner authentication over HTTP", () => {
  it("logs in, opens a protected page, logs out and is refused again", async () => {
    const session = new HttpSession(app.baseUrl, "192.0.2.10");
    expect(await session.canOpen("/settings")).toBe(false);
    const login = await session.logIn(OWNER_PASSWORD);
    expect(login.status).toBe(200);
    expect(session.hasSessionCookie()).toBe(true);
    expect(await session.canOpen("/settings")).toBe(true);
    await session.logOut();
    expect(session.hasSessionCookie()).toBe(false);
    expect(await session.canOpen("/settings")).toBe(false);
  });

  it("signing out ends the session on the server: a copy of the cookie is refused after", async () => {
    const session = new HttpSession(app.baseUrl, "192.0.2.12");
    const otherDevice = new HttpSession(app.baseUrl, "192.0.2.13");
    expect((await session.logIn(OWNER_PASSWORD)).status).toBe(200);
    expect((await otherDevice.logIn(OWNER_PASSWORD)).status).toBe(200);
    const copy = session.cookieHeader();
    const openWithCopy = () =>
      new HttpSession(app.baseUrl).request("/settings", { headers: { cookie: copy } });
    expect((await openWithCopy()).status).toBe(200);

    await session.logOut();
    const refused = await openWithCopy();
    expect(refused.status).toBe(307);
    expect(refused.headers.get("location")).toContain("/login?reason=revoked");
    // One session version for every device: signing out anywhere signs out everywhere.
    expect(await otherDevice.canOpen("/settings")).toBe(false);
    expect((await session.logIn(OWNER_PASSWORD)).status).toBe(200);
    expect(await session.canOpen("/settings")).toBe(true);
  });

  it("sets the session cookie httpOnly and SameSite=Lax", async () => {
    const response = await new HttpSession(app.baseUrl, "192.0.2.11").logIn(OWNER_PASSWORD);
    const cookie = response.headers.getSetCookie().find((c) => c.includes("session-token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("refuses a wrong password, then throttles the client after five failures", async () => {
    const session = new HttpSession(app.baseUrl, "198.51.100.20");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await session.logIn("wrong password");
      expect(response.status).toBe(401);
      expect(session.hasSessionCookie()).toBe(false);
    }
    const throttled = await session.logIn(OWNER_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(session.hasSessionCookie()).toBe(false);
    // Another client is not affected by this one's failures.
    const other = new HttpSession(app.baseUrl, "198.51.100.21");
    expect((await other.logIn(OWNER_PASSWORD)).status).toBe(200);
  });

  it("a bogus session cookie gets no further than no cookie", async () => {
    const session = new HttpSession(app.baseUrl);
    const response = await session.request("/settings", {
      headers: { cookie: "next-auth.session-token=forged.jwt.value" },
    });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/login");
  });

  it("a password change in Settings signs out every other session", async () => {
    const other = new HttpSession(app.baseUrl, "192.0.2.30");
    expect((await other.logIn(OWNER_PASSWORD)).status).toBe(200);
    expect(await other.canOpen("/")).toBe(true);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await logIn(page, app);
      await page.goto(`${app.baseUrl}/settings`);
      await page.getByLabel("Current password").fill(OWNER_PASSWORD);
      await page.getByLabel("New password", { exact: true }).fill("a-new-password-2");
      await page.getByLabel("Repeat the new password").fill("a-new-password-2");
      const reSignIn = page.waitForResponse((r) =>
        r.url().includes("/api/auth/callback/credentials"),
      );
      await page.getByRole("button", { name: "Change password" }).click();
      await page.getByText("Password changed").waitFor();
      // This device signs in again with the new password and stays in.
      expect((await reSignIn).status()).toBe(200);
      await page.goto(`${app.baseUrl}/settings`);
      expect(new URL(page.url()).pathname).toBe("/settings");
    } finally {
      await browser.close();
    }
    expect(await other.canOpen("/")).toBe(false);
    expect((await other.logIn(OWNER_PASSWORD)).status).toBe(401);
    expect((await other.logIn("a-new-password-2")).status).toBe(200);
  });

  it("logs one JSON line per request and never a password, cookie or token", () => {
    const lines = app
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line.msg === "request");
    expect(requests.length).toBeGreaterThan(10);
    expect(requests[0]).toEqual(
      expect.objectContaining({
        requestId: expect.any(String),
        route: expect.any(String),
        status: expect.any(Number),
        durationMs: expect.any(Number),
      }),
    );
    // Everything but the deliberate setup link that `npm start` prints for the operator.
    const everything = app.output().replace(/\/setup\?token=\w+/, "");
    for (const secret of [OWNER_PASSWORD, "a-new-password-2", "wrong password", app.setupToken]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toMatch(/session-token=|eyJ/);
    expect(everything).not.toContain("[next-auth][error]");
    const routes = requests.map((line) => line.route);
    expect(new Set(requests.map((line) => line.requestId)).size).toBe(requests.length);
    expect(routes).toContain("/api/auth/callback/credentials");
  });
});

describe("without a trusted proxy (the default)", () => {
  it("keys the throttle on the connection, so a rotated X-Forwarded-For still gets 429", async () => {
    const direct = await startApp();
    try {
      await addOwner(direct);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        const session = new HttpSession(direct.baseUrl, `198.51.100.${attempt}`);
        expect((await session.logIn("wrong password")).status).toBe(401);
      }
      const rotated = new HttpSession(direct.baseUrl, "203.0.113.77");
      const throttled = await rotated.logIn(OWNER_PASSWORD);
      expect(throttled.status).toBe(429);
      expect(rotated.hasSessionCookie()).toBe(false);
    } finally {
      await direct.stop();
    }
  });
});

describe("over HTTPS", () => {
  it("marks the session cookie Secure when the public URL is https", async () => {
    const secureApp = await startApp({ env: { NEXTAUTH_URL: "https://tracker.example.com" } });
    try {
      await addOwner(secureApp);
      const response = await new HttpSession(secureApp.baseUrl).logIn(OWNER_PASSWORD);
      const cookie = response.headers.getSetCookie().find((c) => c.includes("session-token"));
      expect(cookie).toMatch(/^__Secure-next-auth\.session-token=/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
    } finally {
      await secureApp.stop();
    }
  });
});
