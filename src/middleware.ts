import { NextResponse, type NextRequest } from "next/server";
import { loginPath } from "@/domain/auth/sign-out-reason";
import { REQUEST_PATH_HEADER, SESSION_COOKIES } from "@/server/auth/session-cookies";
import { requestEnvelopeProblem } from "@/server/http/action-envelope";
import { API_SIGN_IN, apiErrorResponse } from "@/server/http/api/api-error";
import { contentSecurityPolicy, newNonce } from "@/server/http/content-security-policy";

/**
 * First line of defence, cheap and edge-safe: no session cookie, no way in. The real check
 * (signature, expiry, session version) runs in every page, action and route on the server.
 */
const API_PATH = /^\/api\/v1(\/|$)/;
const PUBLIC_PATHS = [/^\/login$/, /^\/setup$/, /^\/api\/auth(\/|$)/, /^\/api\/health$/];

export async function middleware(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const { pathname, search } = request.nextUrl;
  // The page asked for: the login page returns there, a not-found page names what was missing.
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);

  const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const isApi = API_PATH.test(pathname);
  // The JSON API also takes a bearer token, which its routes check (never a page's way in).
  const hasToken = isApi && request.headers.has("authorization");
  if (!isPublic && !hasSession && !hasToken) {
    if (isApi) return apiErrorResponse(401, API_SIGN_IN);
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "Please sign in first." }, { status: 401 });
    }
    // No cookie at all: a first visit as much as a long-expired session, so no reason given.
    return NextResponse.redirect(new URL(loginPath(null, `${pathname}${search}`), request.url));
  }
  // Next answers 500 to what it cannot decode; a client sent it, so it is told in a sentence.
  const problem = await requestEnvelopeProblem(request, pathname);
  if (problem) {
    if (isApi) return apiErrorResponse(problem.status, problem.message);
    return NextResponse.json({ error: problem.message }, { status: problem.status });
  }
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV !== "production");
  // On the request, Next takes the nonce from it for its scripts; on the response, it applies.
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Static files never reach middleware (Amplify does not run it on them either).
  // The icons and the web manifest are fetched without cookies and hold nothing private.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|icon.svg|apple-icon.png|manifest.webmanifest).*)",
  ],
};
