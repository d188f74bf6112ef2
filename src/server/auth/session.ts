import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loginPath, type SignOutReason } from "@/domain/auth/sign-out-reason";
import { getDataSource } from "../db/data-source";
import { getSessionVersion } from "../services/owner-store";
import { getAuthOptions } from "./options";
import { REQUEST_PATH_HEADER, SESSION_COOKIES } from "./session-cookies";

export interface OwnerSession {
  ownerId: string;
}

/** The owner's session, or why there is none (null: there was no session cookie at all). */
export type SessionCheck =
  { session: OwnerSession; reason?: never } | { session: null; reason: SignOutReason | null };

/**
 * A cookie alone is not enough: its session version must match the database, so a password
 * change signs out every other session at once ("revoked"). A cookie that does not verify
 * (expired, or signed with another key) is "expired". Checked once per request (React `cache`).
 */
export const checkOwnerSession = cache(async (): Promise<SessionCheck> => {
  const session = await getServerSession(await getAuthOptions());
  if (!session?.ownerId || session.sessionVersion === undefined) {
    const jar = await cookies();
    const hadCookie = SESSION_COOKIES.some((name) => jar.has(name));
    return { session: null, reason: hadCookie ? "expired" : null };
  }
  const current = await getSessionVersion(await getDataSource(), session.ownerId);
  return current === session.sessionVersion
    ? { session: { ownerId: session.ownerId } }
    : { session: null, reason: "revoked" };
});

/** The owner's session, or null. */
export async function getOwnerSession(): Promise<OwnerSession | null> {
  return (await checkOwnerSession()).session;
}

/**
 * For pages, layouts and server actions: the owner's session, or a redirect to login that says
 * why and comes back to the page the request was for (the path the middleware recorded).
 */
export async function requireOwner(): Promise<OwnerSession> {
  const check = await checkOwnerSession();
  if (check.session) return check.session;
  const from = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(loginPath(check.reason, from));
}
