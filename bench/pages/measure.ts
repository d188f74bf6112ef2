/** Rounds of load on every route; per route the median over rounds, ratios within a round. */
import type autocannon from "autocannon";
import { measureLoad, type LoadFigures, type LoadSettings } from "./load";
import type { BenchRoute, RouteKind } from "./routes";
import { queriesPerRequest, type BenchApp } from "./servers";

export interface RouteResult {
  label: string;
  kind: RouteKind;
  path: string;
  p50: number;
  p975: number;
  p99: number;
  reqPerSec: number;
  /** p50 over the same round's /api/health p50, then the median over rounds. */
  ratioToHealth: number;
  /** SQL statements per request, from the access log (null: not logged, e.g. static files). */
  queries: number | null;
  /** Response bytes (body and headers) per request. */
  bytes: number;
  non2xx: number;
  errors: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (!sorted.length) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Sends one request the way autocannon would; returns its status and body. */
async function sendOnce(server: BenchApp, request: autocannon.Request) {
  const prepared =
    typeof request.setupRequest === "function" ? request.setupRequest(request, {}) : request;
  const headers = new Headers({ cookie: server.cookie, origin: server.baseUrl });
  for (const [name, value] of Object.entries(prepared.headers ?? {})) {
    if (value !== undefined) headers.set(name, String(value));
  }
  const response = await fetch(`${server.baseUrl}${prepared.path ?? "/"}`, {
    method: prepared.method ?? "GET",
    headers,
    body: prepared.body as string | undefined,
    redirect: "manual",
  });
  return { status: response.status, body: await response.text() };
}

/**
 * Before the load, one pass by hand: a page must answer 200 for the signed-in owner (a redirect
 * to login would measure nothing) and each action must report success, not a refusal.
 */
async function probe(server: BenchApp, route: BenchRoute): Promise<void> {
  for (const request of route.requests ?? [{ path: route.path }]) {
    const { status, body } = await sendOnce(server, request);
    const refused = route.requests && !body.includes('"ok":true');
    if (status !== 200 || refused) {
      throw new Error(`${route.label} answered ${status}: ${body.slice(0, 200)}`);
    }
  }
}

export async function measureRoute(
  server: BenchApp,
  route: BenchRoute,
  settings: LoadSettings,
): Promise<LoadFigures> {
  await probe(server, route);
  return measureLoad(
    {
      url: `${server.baseUrl}${route.path}`,
      headers: { cookie: server.cookie, origin: server.baseUrl },
      requests: route.requests,
    },
    settings,
  );
}

/**
 * Combines rounds (each a list in route order, health among them) into one result per route;
 * SQL statements per request come from the server's access log.
 */
export function combineRounds(
  server: BenchApp,
  routes: BenchRoute[],
  rounds: LoadFigures[][],
): RouteResult[] {
  const healthIndex = routes.findIndex((route) => route.kind === "health");
  return routes.map((route, i) => {
    const runs = rounds.map((round) => round[i]).filter((run): run is LoadFigures => !!run);
    const of = (pick: (run: LoadFigures) => number) => median(runs.map(pick));
    const ratios = rounds.map((round) => (round[i]?.p50 ?? NaN) / (round[healthIndex]?.p50 ?? NaN));
    return {
      label: route.label,
      kind: route.kind,
      path: route.path,
      p50: of((run) => run.p50),
      p975: of((run) => run.p975),
      p99: of((run) => run.p99),
      reqPerSec: of((run) => run.reqPerSec),
      ratioToHealth: median(ratios),
      queries: queriesPerRequest(server.app, route.requests ? "POST" : "GET", route.path),
      bytes: Math.round(of((run) => run.bytes)),
      non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
    };
  });
}
