import "server-only";
import { checkOwnerSession } from "../auth/session";
import { jsonError, withRequestLog } from "./route";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** A write must come from this app's own pages: a cross-site form or script is refused. */
export function isCrossSite(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * A route handler for the owner only: the session is checked here (the middleware only looks
 * for a cookie), and writes from another site are refused.
 */
export function ownerRoute<C>(route: string, handler: Handler<C>): Handler<C> {
  return withRequestLog(route, async (request, context) => {
    const check = await checkOwnerSession();
    if (!check.session) return jsonError(401, "Please sign in first.");
    if (isCrossSite(request)) return jsonError(403, "This request came from another site.");
    return handler(request, context);
  });
}

/** The methods a route does not serve: still the owner's only, then 405 naming the right one. */
export function ownerMethodNotAllowed(route: string, allowed: string) {
  return ownerRoute(route, async () => jsonError(405, `Use ${allowed} here.`, { allow: allowed }));
}
