import "server-only";
import type { JWT } from "next-auth/jwt";
import { getDataSource } from "../db/data-source";
import { logger } from "../log";
import { revokeOwnerSessions } from "../services/owner-store";

/**
 * next-auth's sign-out only deletes the cookie in this browser; a copy of it would stay valid
 * until it expires. Bumping the session version refuses every earlier cookie, on every device.
 * next-auth swallows an error here and still signs the browser out, so it is logged.
 */
export async function revokeOnSignOut(token: JWT | null | undefined): Promise<void> {
  if (!token?.sub || token.sessionVersion === undefined) return;
  try {
    const revoked = await revokeOwnerSessions(await getDataSource(), {
      ownerId: token.sub,
      sessionVersion: token.sessionVersion,
    });
    logger.info(
      { event: "signed_out", revoked },
      revoked ? "owner signed out; every session ended" : "signed out a session already ended",
    );
  } catch (err) {
    logger.error({ event: "sign_out_failed", err }, "signing out could not end the sessions");
  }
}
