import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { loginSchema } from "@/schemas/auth";
import { getConfig } from "../config";
import { getDataSource } from "../db/data-source";
import { logger } from "../log";
import { clearLoginFailures } from "../services/login-throttle";
import { authenticateOwner } from "../services/owner-store";
import { sameOriginPathOnly } from "./callback-url";
import { clientKeyFromHeaders } from "./client-key";
import { getSessionSecret } from "./secrets";
import { revokeOnSignOut } from "./sign-out";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function headersOf(raw: Record<string, unknown> | undefined): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (typeof value === "string") headers.set(key, value);
  }
  return headers;
}

export async function getAuthOptions(): Promise<NextAuthOptions> {
  const secret = await getSessionSecret();
  return {
    secret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Codes only: next-auth's metadata can carry tokens, which never go to the logs.
    logger: {
      error: (code) => logger.warn({ event: "next_auth_error", code }, "next-auth error"),
      warn: (code) => logger.warn({ event: "next_auth_warning", code }, "next-auth warning"),
      debug: () => undefined,
    },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Password",
        credentials: { password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const clientKey = clientKeyFromHeaders(
            headersOf(req.headers),
            getConfig().TRACKER_TRUSTED_PROXY_HOPS,
          );
          const db = await getDataSource();
          const owner = await authenticateOwner(db, parsed.data.password);
          // The route recorded this attempt as a failure before calling us; success clears it.
          if (!owner) {
            logger.warn({ event: "login_failed", clientKey }, "login failed");
            return null;
          }
          await clearLoginFailures(db, clientKey);
          logger.info({ event: "login_succeeded" }, "owner logged in");
          return { id: owner.id, sessionVersion: owner.sessionVersion };
        },
      }),
    ],
    events: {
      signOut: ({ token }) => revokeOnSignOut(token),
    },
    callbacks: {
      redirect: sameOriginPathOnly,
      jwt({ token, user }) {
        if (user) token.sessionVersion = user.sessionVersion;
        return token;
      },
      session({ session, token }) {
        return {
          expires: session.expires,
          ownerId: token.sub,
          sessionVersion: token.sessionVersion,
        };
      },
    },
  };
}
