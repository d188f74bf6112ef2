import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDataSource } from "../db/data-source";
import { getSessionVersion } from "../services/owner-store";
import { getAuthOptions } from "./options";

export interface OwnerSession {
  ownerId: string;
}

/**
 * The owner's session, or null. A cookie alone is not enough: its session version must
 * match the database, so a password change signs out every other session at once. Checked
 * once per request (React `cache`), however many layouts and pages ask.
 */
export const getOwnerSession = cache(async (): Promise<OwnerSession | null> => {
  const session = await getServerSession(await getAuthOptions());
  if (!session?.ownerId || session.sessionVersion === undefined) return null;
  const current = await getSessionVersion(await getDataSource(), session.ownerId);
  return current === session.sessionVersion ? { ownerId: session.ownerId } : null;
});

/** For pages, layouts and server actions: the owner's session, or a redirect to login. */
export async function requireOwner(): Promise<OwnerSession> {
  const session = await getOwnerSession();
  if (!session) redirect("/login");
  return session;
}
