import { startApp, type RunningApp } from "../../helpers/app-server";
import { isPublicRoute, listAppRoutes } from "../../helpers/app-routes";

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
}, 120_000);
afterAll(() => app?.stop());

const protectedRoutes = listAppRoutes().filter((route) => !isPublicRoute(route.path));

describe("every route except login, setup, health and static files needs the owner", () => {
  it("finds the app's routes in src/app", () => {
    const paths = protectedRoutes.map((route) => route.path);
    expect(paths).toEqual(expect.arrayContaining(["/", "/tasks", "/settings"]));
  });

  const cookies = [
    ["no cookie", undefined],
    ["a forged session cookie", "next-auth.session-token=eyJhbGciOiJIUzI1NiJ9.e30.forged"],
  ] as const;

  describe.each(cookies)("with %s", (_label, cookie) => {
    it.each(protectedRoutes.map((route) => [route.path, route] as const))(
      "refuses GET and POST %s",
      async (_path, route) => {
        const headers: Record<string, string> = cookie ? { cookie } : {};
        for (const method of ["GET", "POST"]) {
          const response = await fetch(`${app.baseUrl}${route.path}`, {
            method,
            headers,
            redirect: "manual",
          });
          const body = await response.text();
          if (route.kind === "api") {
            expect(response.status).toBe(401);
          } else if (response.status === 307 || response.status === 303) {
            expect(response.headers.get("location")).toMatch(/\/login/);
          } else {
            // A server action or page refused by the server-side check, or (415) a POST that is
            // no form of the app refused by the middleware, with nothing of the page in it.
            expect([401, 403, 404, 405, 415]).toContain(response.status);
            expect(body).not.toContain('aria-label="Main"');
          }
        }
      },
    );
  });

  it("serves the public routes without a session", async () => {
    for (const path of ["/login", "/setup", "/api/health", "/api/auth/csrf"]) {
      const response = await fetch(`${app.baseUrl}${path}`, { redirect: "manual" });
      expect(response.status).toBe(200);
    }
  });
});
