import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { badPayload, type BadPayload } from "../../helpers/bad-payloads";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { signedInCookie } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";
import { TODAY_ROUTER_TREE } from "../../helpers/server-actions";

/**
 * Every server action of the build, posted thousands of generated bad requests (see
 * bad-payloads.ts) by the signed-in owner: each must get a 4xx with a sentence, or the
 * action's own refusal, never a 5xx; and a refused request must leave the database exactly as it
 * was (a fingerprint of every table before and after each one).
 */
const RUNS_PER_ACTION = Number(process.env.BAD_REQUEST_RUNS ?? 40);
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

interface Action {
  id: string;
  name: string;
  page: string;
}

/** Every action in the build's manifest, posted to the first page that serves it. */
function buildActions(): Action[] {
  const manifest = JSON.parse(
    readFileSync(
      path.join(__dirname, "../../../.next/server/server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page = worker
      .replace(/^app/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\/page$/, "")
      .replace("[id]", "1")
      .replace("[day]", DAY);
    return { id, name: entry.exportedName ?? id, page: page || "/" };
  });
}

let app: RunningApp;
let sql: pg.Client;
let cookie: string;

async function fingerprint(): Promise<string> {
  const { rows } = await sql.query<{ table: string }>(
    `SELECT tablename AS table FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const parts = await Promise.all(
    rows
      .filter(({ table }) => table !== "login_attempts")
      .map(async ({ table }) => {
        const result = await sql.query<{ md5: string | null }>(
          `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${table}" t`,
        );
        return `${table}:${result.rows[0]?.md5 ?? "empty"}`;
      }),
  );
  return parts.join(",");
}

async function send(
  target: string,
  method: string,
  headers: Record<string, string>,
  body?: BadPayload["body"],
) {
  const response = await fetch(`${app.baseUrl}${target}`, {
    method,
    headers,
    body,
    redirect: "manual",
  });
  return { status: response.status, body: await response.text() };
}

async function post(action: Action, payload: BadPayload) {
  const headers: Record<string, string> = {
    cookie,
    origin: app.baseUrl,
    "next-action": action.id,
    "next-router-state-tree": payload.routerState ?? TODAY_ROUTER_TREE,
    accept: "text/x-component",
  };
  if (payload.contentType) headers["content-type"] = payload.contentType;
  return send(action.page, "POST", headers, payload.body);
}

/**
 * A refusal a person can read: the middleware's JSON sentence, or the action's message, and not
 * "something went wrong on our side" (`retry`), which is a server failure in a 200.
 */
function explains(status: number, body: string): boolean {
  if (body.includes('"retry":true')) return false;
  if (status >= 400) {
    try {
      const parsed = JSON.parse(body) as { error?: unknown };
      return typeof parsed.error === "string" && parsed.error.endsWith(".");
    } catch {
      return false;
    }
  }
  return /"ok":false,"message":"[^"]+/.test(body) || /"message":"[^"]+"/.test(body);
}

beforeAll(async () => {
  app = await startApp();
  await addOwner(app);
  sql = new pg.Client(app.databaseUrl);
  await sql.connect();
  await sql.query(
    `INSERT INTO tasks (title, period, target_count, sort_order) VALUES ('Water', 'daily', 8, 0)`,
  );
  cookie = await signedInCookie(app.baseUrl, OWNER_PASSWORD);
}, 120_000);

afterAll(async () => {
  await sql?.end();
  await app?.stop();
});

describe("bad requests to every server action", () => {
  const actions = buildActions();

  it("finds the app's actions in the build", () => {
    expect(actions.length).toBeGreaterThanOrEqual(20);
    expect(actions.map((action) => action.name)).toEqual(
      expect.arrayContaining(["saveDiaryAction", "completeTaskAction", "setupAction"]),
    );
  });

  it.each(actions.map((action) => [action.name, action] as const))(
    "%s answers every bad request with a 4xx or its own refusal, and changes nothing",
    async (_name, action) => {
      let before = await fingerprint();
      const failures: string[] = [];
      // Every run is made and every failure listed, rather than stopping at the first one.
      await fc.assert(
        fc.asyncProperty(badPayload, async (payload) => {
          const { status, body } = await post(action, payload);
          const after = await fingerprint();
          const accepted = status === 200 && body.includes('"ok":true');
          if (accepted) before = after;
          const ok = status < 500 && (accepted || (explains(status, body) && after === before));
          if (!ok) failures.push(`${payload.kind}: ${status} ${body.slice(0, 160)}`);
        }),
        { numRuns: RUNS_PER_ACTION },
      );
      expect(failures).toEqual([]);
    },
    120_000,
  );
});

/** A route handler and how a generated request reaches it. */
interface RouteTarget {
  name: string;
  method: "GET" | "POST";
  path: (segment: string) => string;
  /** next-auth's own endpoints answer in their own format; ours answer `{ error }`. */
  ours: boolean;
}

const ROUTES: RouteTarget[] = [
  { name: "import", method: "POST", path: (q) => `/api/data/import?mode=${q}`, ours: true },
  {
    name: "import a backup",
    method: "POST",
    path: (q) => `/api/data/import?backup=${q}`,
    ours: true,
  },
  { name: "export", method: "GET", path: (q) => `/api/data/export?format=${q}`, ours: true },
  { name: "a backup file", method: "GET", path: (q) => `/api/data/backups/${q}`, ours: true },
  { name: "health", method: "GET", path: (q) => `/api/health?${q}`, ours: true },
  { name: "sign-in", method: "POST", path: () => "/api/auth/callback/credentials", ours: false },
  {
    name: "sign-in by GET",
    method: "GET",
    path: () => "/api/auth/callback/credentials",
    ours: false,
  },
  { name: "an auth endpoint", method: "POST", path: (q) => `/api/auth/${q}`, ours: false },
];

const segment = fc
  .oneof(
    fc.constantFrom("replace", "merge", "..%2F..%2Fetc%2Fpasswd", "%00", "%ZZ", "a%2Fb", ""),
    fc
      .string({ unit: "binary", maxLength: 30 })
      .map((text) => encodeURIComponent(Buffer.from(text).toString())),
  )
  .filter((text) => text.length < 2_000);

describe("bad requests to every route handler", () => {
  it.each(ROUTES.map((route) => [route.name, route] as const))(
    "%s answers every bad request with a 4xx and a sentence, and changes nothing",
    async (_name, route) => {
      const before = await fingerprint();
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(segment, badPayload, async (query, payload) => {
          const headers: Record<string, string> = { cookie, origin: app.baseUrl };
          if (payload.contentType) headers["content-type"] = payload.contentType;
          const body = route.method === "POST" ? payload.body : undefined;
          const { status, body: text } = await send(route.path(query), route.method, headers, body);
          const hiddenFailure = /"status":5\d\d/.test(text);
          // A path Next cannot decode (%ZZ) never reaches the app: Next answers its own 400 page.
          const undecodable = status === 400 && text.includes("Bad Request");
          const explained = status < 400 || !route.ours || undecodable || explains(status, text);
          const ok =
            status < 500 && !hiddenFailure && explained && (await fingerprint()) === before;
          if (!ok)
            failures.push(
              `${route.path(query).slice(0, 60)} ${payload.kind}: ${status} ${text.slice(0, 160)}`,
            );
        }),
        { numRuns: RUNS_PER_ACTION },
      );
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
