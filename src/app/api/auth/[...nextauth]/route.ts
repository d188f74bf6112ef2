import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { throttleErrorCode } from "@/domain/auth/retry-countdown";
import { clientKeyFromHeaders } from "@/server/auth/client-key";
import { getAuthOptions } from "@/server/auth/options";
import { getConfig } from "@/server/config";
import { getDataSource } from "@/server/db/data-source";
import { withRequestLog } from "@/server/http/route";
import { beginLoginAttempt } from "@/server/services/login-throttle";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's own handler, with login throttling in front of the credentials callback: the
 * attempt is recorded before the password is checked (the callback clears it on success), so
 * a parallel burst of guesses cannot all slip past the limit.
 * A throttled client gets 429 with Retry-After; the JSON `url` carries the error code in the
 * shape next-auth's client `signIn()` reads, with the instant it may try again (`retryAt`), so
 * the login form can count down to it.
 */
async function handle(request: Request, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  const credentialsCallback = nextauth.join("/") === "callback/credentials";
  // next-auth answers 500 to a GET here; the login form only ever posts.
  if (credentialsCallback && request.method !== "POST") {
    return NextResponse.json(
      { error: "Sign in from the login page: this address takes the form it posts." },
      { status: 405, headers: { Allow: "POST" } },
    );
  }
  if (credentialsCallback) {
    const clientKey = clientKeyFromHeaders(request.headers, getConfig().TRACKER_TRUSTED_PROXY_HOPS);
    const verdict = await beginLoginAttempt(await getDataSource(), clientKey);
    if (!verdict.allowed) {
      const retryAt = new Date(Date.now() + verdict.retryAfterSeconds * 1000);
      const url = new URL("/login", request.url);
      url.searchParams.set("error", throttleErrorCode(retryAt));
      return NextResponse.json(
        { url: url.toString(), error: "Too many failed attempts.", retryAt: retryAt.toISOString() },
        { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
      );
    }
  }
  const handler = NextAuth(await getAuthOptions()) as (
    request: Request,
    context: Context,
  ) => Promise<Response>;
  return handler(request, context);
}

export const GET = withRequestLog("/api/auth", handle);
export const POST = withRequestLog("/api/auth", handle);
