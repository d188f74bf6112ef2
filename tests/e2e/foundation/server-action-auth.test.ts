import { randomUUID } from "node:crypto";
import pg from "pg";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { HttpSession } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";
import { actionId, TODAY_ROUTER_TREE } from "../../helpers/server-actions";

/**
 * protected-routes.test.ts posts without a `Next-Action` header, so it never reaches a server
 * action. This file replays a real one, Today's "+1" (completeTaskAction), with the headers and
 * body Chromium sends, and checks that `ownerAction` refuses it by itself: a forged cookie and a
 * revoked one both pass the middleware (it only looks for a cookie's name), so only the action's
 * own `requireOwner()` stands between them and the completions table. Were that check skipped,
 * both requests would run the action and store a completion, and the row counts below would move
 * (checked once by building the app with the check removed: both cases then answer 200 and store).
 */
let app: RunningApp;
let sql: pg.Client;
let taskId: string;

const ACTION_FILE = "app/(app)/tasks/completion-actions.ts";

/** Two days back is today or earlier in every time zone, so the action accepts the day. */
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

interface Replay {
  response: Response;
  body: string;
  requestId: string;
}

/**
 * POSTs "+1" to Today the way Chromium does (captured with playwright-core's
 * `page.on("request")`): the action id header, `text/plain` and the arguments encoded as RSC
 * JSON. Each replay gets a fresh request id, so the action's idempotency cannot hide a write.
 */
async function tapPlusOne(
  cookie: string | undefined,
  overrides: Record<string, string> = {},
): Promise<Replay> {
  const requestId = randomUUID();
  const headers: Record<string, string> = {
    "Next-Action": actionId(ACTION_FILE, "completeTaskAction"),
    "Next-Router-State-Tree": TODAY_ROUTER_TREE,
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
    Origin: app.baseUrl,
    Referer: `${app.baseUrl}/`,
    ...overrides,
  };
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(`${app.baseUrl}/`, {
    method: "POST",
    headers,
    body: JSON.stringify([{ taskId, day: DAY, requestId }]),
    redirect: "manual",
  });
  return { response, body: await response.text(), requestId };
}

interface Counts {
  completions: number;
  tasks: number;
}

async function counts(): Promise<Counts> {
  const { rows } = await sql.query<Counts>(
    `SELECT (SELECT count(*)::int FROM completions) AS completions,
            (SELECT count(*)::int FROM tasks) AS tasks`,
  );
  return rows[0] ?? { completions: -1, tasks: -1 };
}

async function storedRequest(requestId: string): Promise<boolean> {
  const { rowCount } = await sql.query(`SELECT 1 FROM completions WHERE client_request_id = $1`, [
    requestId,
  ]);
  return rowCount === 1;
}

async function sessionVersion(): Promise<number> {
  const { rows } = await sql.query<{ v: number }>(`SELECT session_version AS v FROM users`);
  return rows[0]?.v ?? -1;
}

/** What next-auth itself makes of a cookie (it knows nothing of the session version). */
async function nextAuthSession(cookie: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${app.baseUrl}/api/auth/session`, { headers: { cookie } });
  return (await response.json()) as Record<string, unknown>;
}

/** Signs in through next-auth and returns the `name=value` of the session cookie it set. */
async function signIn(): Promise<string> {
  const response = await new HttpSession(app.baseUrl).logIn(OWNER_PASSWORD);
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("next-auth.session-token="));
  if (!cookie) throw new Error("signing in set no session cookie");
  return cookie;
}

/** The action ran: Next answers 200 with the action's result and the row is stored. */
async function expectStored(replay: Replay) {
  expect(replay.response.status).toBe(200);
  expect(replay.response.headers.get("content-type")).toBe("text/x-component");
  expect(replay.response.headers.get("x-action-redirect")).toBeNull();
  expect(replay.body).toContain('"ok":true');
  expect(replay.body).toContain('"changed":true');
  expect(await storedRequest(replay.requestId)).toBe(true);
}

/**
 * `redirect("/login?reason=…")` thrown inside the action: Next answers the fetch with 303, no
 * Location, `x-action-redirect: /login?reason=…;push` (the client router navigates; Today is
 * "/", so there is no callbackUrl) and the login page's RSC payload, never the action's result.
 */
function expectActionRedirectToLogin(replay: Replay, reason: "expired" | "revoked") {
  expect(replay.response.status).toBe(303);
  expect(replay.response.headers.get("x-action-redirect")).toBe(`/login?reason=${reason};push`);
  expect(replay.response.headers.get("location")).toBeNull();
  expect(replay.response.headers.get("content-type")).toBe("text/x-component");
  expect(replay.body).not.toContain('"ok":true');
  expect(replay.body).not.toContain('"changed"');
}

async function expectNothingStored(replay: Replay, before: Counts) {
  expect(await counts()).toEqual(before);
  expect(await storedRequest(replay.requestId)).toBe(false);
}

beforeAll(async () => {
  app = await startApp();
  await addOwner(app);
  sql = new pg.Client(app.databaseUrl);
  await sql.connect();
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO tasks (title, period, target_count, sort_order)
     VALUES ('Water', 'daily', 8, 0) RETURNING id::text AS id`,
  );
  taskId = rows[0]?.id ?? "";
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await app?.stop();
});

describe("a real server action (Today's +1) checks the owner's session itself", () => {
  let ownerCookie: string;

  it("stores a completion when replayed with the signed-in owner's cookie", async () => {
    ownerCookie = await signIn();
    const before = await counts();
    await expectStored(await tapPlusOne(ownerCookie));
    expect(await counts()).toEqual({ ...before, completions: before.completions + 1 });
  });

  it("without a cookie, the middleware sends it to login before the action runs", async () => {
    const before = await counts();
    const replay = await tapPlusOne(undefined);
    expect(replay.response.status).toBe(307);
    expect(replay.response.headers.get("location")).toBe(`${app.baseUrl}/login`);
    expect(replay.response.headers.get("x-action-redirect")).toBeNull();
    await expectNothingStored(replay, before);
  });

  it("with a forged session cookie, ownerAction refuses it past the middleware", async () => {
    const forged =
      "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC";
    expect(await nextAuthSession(forged)).toEqual({});
    const before = await counts();
    const replay = await tapPlusOne(forged);
    await expectNothingStored(replay, before);
    expectActionRedirectToLogin(replay, "expired");
  });

  it("with a revoked session, ownerAction refuses the once-valid cookie", async () => {
    const version = await sessionVersion();
    // What a password change does to every other session (setOwnerPassword).
    await sql.query(`UPDATE users SET session_version = session_version + 1`);
    expect(await sessionVersion()).toBe(version + 1);
    // next-auth still accepts the cookie's signature and expiry: only the version check is left.
    expect(await nextAuthSession(ownerCookie)).toMatchObject({ sessionVersion: version });
    const before = await counts();
    const replay = await tapPlusOne(ownerCookie);
    await expectNothingStored(replay, before);
    expectActionRedirectToLogin(replay, "revoked");
  });

  it("stores again for a fresh sign-in: the refusals were the sessions'", async () => {
    const before = await counts();
    await expectStored(await tapPlusOne(await signIn()));
    expect(await counts()).toEqual({ ...before, completions: before.completions + 1 });
  });
});

/**
 * Next refuses a server action whose Origin is not the host it was posted to, comparing with
 * X-Forwarded-Host first. Without a proxy (the default) that header can only be the client's,
 * so the launcher drops it; otherwise a page elsewhere could name its own host in it and pass.
 * Next answers a refused action 500; the middleware makes the same check first and answers 403
 * with a sentence.
 */
describe("a server action posted from another origin", () => {
  const FOREIGN = { Origin: "https://evil.example", Referer: "https://evil.example/" };

  function expectRefusedAsCrossSite(replay: Replay) {
    expect(replay.response.status).toBe(403);
    expect(JSON.parse(replay.body)).toEqual({
      error: "This request came from another site, so it was refused.",
    });
  }

  it("is refused with the owner's own cookie", async () => {
    const cookie = await signIn();
    const before = await counts();
    const replay = await tapPlusOne(cookie, FOREIGN);
    expectRefusedAsCrossSite(replay);
    await expectNothingStored(replay, before);
  });

  it("is refused even when it forges X-Forwarded-Host (and -Proto, -Port) to match", async () => {
    const cookie = await signIn();
    const before = await counts();
    const replay = await tapPlusOne(cookie, {
      ...FOREIGN,
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Port": "443",
    });
    expectRefusedAsCrossSite(replay);
    await expectNothingStored(replay, before);
  });
});
