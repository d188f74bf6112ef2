import { readFileSync } from "node:fs";
import { listAppRoutes } from "./app-routes";

export const API_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export interface ApiV1Route {
  /** As the OpenAPI document writes it, under /api/v1: "/weight/{date}". */
  path: string;
  file: string;
  methods: ApiMethod[];
  /** Each served method's endpoint declaration, by its exported name. */
  served: Partial<Record<ApiMethod, string>>;
}

/** The `serveRoute({ GET: x, … })` table of a route file ("" when it has none). */
function servedTable(source: string): string {
  return /serveRoute\(\{([^}]*)\}\)/.exec(source)?.[1] ?? "";
}

const PREFIX = "/api/v1";

let listed: ApiV1Route[] | undefined;

/** Every route file under src/app/api/v1 and the methods it serves (read once per test file). */
export function listApiV1Routes(): ApiV1Route[] {
  listed ??= readApiV1Routes();
  return listed;
}

function readApiV1Routes(): ApiV1Route[] {
  return listAppRoutes()
    .filter((route) => route.kind === "api" && route.template.startsWith(`${PREFIX}/`))
    .map((route) => {
      const source = readFileSync(route.file, "utf8");
      const served = Object.fromEntries(
        [...servedTable(source).matchAll(/\b(GET|POST|PUT|PATCH|DELETE): (\w+)/g)].map(
          ([, method, name]) => [method, name],
        ),
      ) as Partial<Record<ApiMethod, string>>;
      const methods = API_METHODS.filter((method) => served[method]);
      return { path: route.template.slice(PREFIX.length), file: route.file, methods, served };
    });
}

type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

function match(template: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const found = new RegExp(`^${pattern}$`).exec(path);
  if (!found) return null;
  return Object.fromEntries(
    names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? "")]),
  );
}

/** The route a path reaches, as Next picks it: a static segment wins over a dynamic one. */
export function resolveApiRoute(
  path: string,
): { route: ApiV1Route; params: Record<string, string> } | null {
  const routes = [...listApiV1Routes()].sort(
    (a, b) => a.path.split("{").length - b.path.split("{").length,
  );
  for (const route of routes) {
    const params = match(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

export interface ApiCall {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Calls a /api/v1 route handler in this process, as Next would: the route is found from the
 * files (a static segment wins over a dynamic one), its params resolved from the path.
 */
export async function callApi(
  method: ApiMethod,
  url: string,
  call: ApiCall = {},
): Promise<Response> {
  const resolved = resolveApiRoute(url.split("?")[0] ?? url);
  if (!resolved) return new Response(null, { status: 404 });
  const routeModule = (await import(resolved.route.file)) as Partial<
    Record<ApiMethod, RouteHandler>
  >;
  const handler = routeModule[method];
  if (!handler) return new Response(null, { status: 405 });
  const headers: Record<string, string> = { ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    headers["content-type"] ??= "application/json";
  }
  const request = new Request(`http://tracker.test${PREFIX}${url}`, { method, headers, body });
  return handler(request, { params: Promise.resolve(resolved.params) });
}
