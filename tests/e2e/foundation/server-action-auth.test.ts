import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { DataSource } from "typeorm";
import { dataSourceOptions } from "@/server/db/options";
import { createOwner } from "@/server/services/owner-store";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { HttpSession } from "../../helpers/http-session";

/**
 * A real server action ("+1" on Today) replayed over HTTP the way the browser sends it, with a
 * valid session, none, a forged one and a revoked one. The last two pass the middleware (a
 * cookie is present), so only `ownerAction`'s own session check stands between them and the data.
 */
let app: RunningApp;
let sql: pg.Client;
let taskId: string;

/** The action's id from the build, by file and export name (ids change with every build). */
function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(
      path.join(__dirname, "../../../.next/server/server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${file}`);
  return found[0];
}

async function completions(): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM completions`);
  return rows[0]?.n ?? -1;
}

/** POSTs "+1" as the browser does: the action id header and the arguments as JSON. */
function completeTask(session: HttpSession | null, cookie?: string): Promise<Response> {
  const init: RequestInit = {
    method: "POST",
    headers: {
      "next-action": actionId("app/(app)/tasks/completion-actions.ts", "completeTaskAction"),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([
      { taskId, day: new Date().toISOString().slice(0, 10), requestId: randomUUID() },
    ]),
  };
  return session
    ? session.request("/", init)
    : fetch(`${app.baseUrl}/`, { ...init, redirect: "manual" });
}

/** Next answers a refused action with a redirect to login: a 3xx, or `x-action-redirect`. */
function sentToLogin(response: Response): boolean {
  const target = response.headers.get("x-action-redirect") ?? response.headers.get("location");
  if (target === null) return false;
  // "x-action-redirect: /login;push" or "location: http://host/login?callbackUrl=…"
  return new URL(target.split(";")[0] ?? "", app.baseUrl).pathname === "/login";
}

beforeAll(async () => {
  app = await startApp();
  const db = new DataSource(
    dataSourceOptions({ kind: "postgres", url: app.databaseUrl ?? "", poolSize: 1 }),
  );
  await db.initialize();
  await createOwner(db, OWNER_PASSWORD);
  await db.destroy();
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

describe("a real server action checks the session itself", () => {
  it("stores the completion for the signed-in owner, and refuses every other caller", async () => {
    const owner = new HttpSession(app.baseUrl);
    expect((await owner.logIn(OWNER_PASSWORD)).status).toBe(200);
    const accepted = await completeTask(owner);
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('"changed":true');
    expect(await completions()).toBe(1);

    const noCookie = await completeTask(null);
    expect([noCookie.status, sentToLogin(noCookie)]).toEqual([307, true]);
    const forged = await completeTask(
      null,
      "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged",
    );
    expect(forged.status).not.toBe(500);
    expect(sentToLogin(forged)).toBe(true);
    expect(await completions()).toBe(1);

    // Revoked: the same, once valid cookie after the session version moved on (as a password
    // change elsewhere does). The middleware lets it through; ownerAction must not.
    await sql.query(`UPDATE users SET session_version = session_version + 1`);
    const revoked = await completeTask(owner);
    expect(revoked.status).not.toBe(500);
    expect(sentToLogin(revoked)).toBe(true);
    expect(await completions()).toBe(1);
  });
});
