import { randomUUID } from "node:crypto";
import pg from "pg";
import { startApp, type RunningApp } from "../../helpers/app-server";
import { OWNER_PASSWORD } from "../../helpers/browser";
import { signedInCookie } from "../../helpers/http-session";
import { addOwner } from "../../helpers/owner";
import { postPlusOne } from "../../helpers/server-actions";
import { startTestPostgres, type TestPostgres } from "../../setup/postgres-server";

/**
 * PostgreSQL stopped and started again under a stream of writes (Today's "+1", each with its
 * own request id), on a private server so no other test loses its database. While it is down
 * every write answers in bounded time that the database cannot be reached (never a 5xx) and
 * health answers 503; once it is back the same app process writes again without a restart;
 * every acknowledged write is stored, and none twice.
 */
const DAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const UNAVAILABLE = "The database cannot be reached right now";

interface Answer {
  requestId: string;
  status: number;
  ok: boolean;
  unavailable: boolean;
  ms: number;
}

let server: TestPostgres;
let app: RunningApp;
let cookie: string;
let taskId: string;

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(app.databaseUrl);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function plusOne(): Promise<Answer> {
  const requestId = randomUUID();
  const started = performance.now();
  const { status, body } = await postPlusOne(app.baseUrl, cookie, { taskId, day: DAY, requestId });
  return {
    requestId,
    status,
    ok: body.includes('"ok":true'),
    unavailable: body.includes(UNAVAILABLE),
    ms: performance.now() - started,
  };
}

/** Writes one after another until `until` resolves, then a last one. */
async function writeUntil(until: Promise<unknown>): Promise<Answer[]> {
  let done = false;
  void until.then(() => (done = true));
  const answers: Answer[] = [];
  while (!done) answers.push(await plusOne());
  return answers;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  server = await startTestPostgres();
  const admin = new pg.Client(server.url("postgres"));
  await admin.connect();
  await admin.query("CREATE DATABASE tracker_outage");
  await admin.end();
  app = await startApp({ databaseUrl: server.url("tracker_outage") });
  await addOwner(app);
  taskId = await withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO tasks (title, period, target_count, sort_order)
       VALUES ('Water', 'daily', 1000, 0) RETURNING id::text AS id`,
    );
    return rows[0]?.id ?? "";
  });
  cookie = await signedInCookie(app.baseUrl, OWNER_PASSWORD);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await server?.stop();
});

it("answers writes and health while PostgreSQL is down, recovers without a restart, loses nothing", async () => {
  const before = await writeUntil(pause(1_000));
  await server.halt();
  const health = await fetch(`${app.baseUrl}/api/health`);
  const down = await writeUntil(pause(3_000));
  await server.resume();
  const after: Answer[] = [];
  for (let tries = 0; tries < 60 && !after.some((answer) => answer.ok); tries += 1) {
    after.push(await plusOne());
    if (!after.at(-1)?.ok) await pause(500);
  }
  const answers = [...before, ...down, ...after];

  expect(before.length).toBeGreaterThan(0);
  expect(before.every((answer) => answer.ok)).toBe(true);
  expect(health.status).toBe(503);
  expect(down.length).toBeGreaterThan(0);
  expect(down.filter((answer) => !answer.ok).every((answer) => answer.unavailable)).toBe(true);
  expect(down.some((answer) => answer.unavailable)).toBe(true);
  expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
  expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(15_000);
  expect(after.some((answer) => answer.ok)).toBe(true);
  await expect(fetch(`${app.baseUrl}/api/health`).then((r) => r.status)).resolves.toBe(200);

  const stored = await withClient(async (client) => {
    const { rows } = await client.query<{ id: string; n: number }>(
      `SELECT client_request_id AS id, count(*)::int AS n FROM completions GROUP BY 1`,
    );
    return new Map(rows.map((row) => [row.id, row.n]));
  });
  const acked = answers.filter((answer) => answer.ok).map((answer) => answer.requestId);
  expect(acked.filter((id) => stored.get(id) !== 1)).toEqual([]);
  expect([...stored.values()].filter((n) => n > 1)).toEqual([]);
}, 180_000);
