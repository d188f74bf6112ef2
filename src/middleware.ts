import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "./server/http/path-header";

/**
 * First line of defence, cheap and edge-safe: no session cookie, no way in. The real check
 * (signature, expiry, session version) runs in every page, action and route on the server.
 */
const PUBLIC_PATHS = [/^\/login$/, /^\/setup$/, /^\/api\/auth(\/|$)/, /^\/api\/health$/];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function middleware(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const { pathname } = request.nextUrl;
  // For the not-found page, which Next renders without the URL: it names what was missing.
  headers.set(PATH_HEADER, pathname);

  const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "Please sign in first." }, { status: 401 });
    }
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", pathname);
    return NextResponse.redirect(login);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // Static files never reach middleware (Amplify does not run it on them either).
  // The icons and the web manifest are fetched without cookies and hold nothing private.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|icon.svg|apple-icon.png|manifest.webmanifest).*)",
  ],
};
