import { safeCallbackPath } from "./callback-path";

/**
 * Why a device reached the login page without asking to: its session was `revoked` (the
 * password was changed, or the owner signed out: both bump the session version, which ends
 * every device's session) or it simply `expired` (or its cookie is no longer valid).
 */
export type SignOutReason = "revoked" | "expired";

const MESSAGES: Record<SignOutReason, string> = {
  revoked:
    "You were signed out because the password was changed or you signed out on another device. Sign in again.",
  expired: "Your session ended. Sign in again.",
};

export function parseSignOutReason(raw: string | null | undefined): SignOutReason | null {
  return raw === "revoked" || raw === "expired" ? raw : null;
}

export function signOutMessage(reason: SignOutReason | null): string | null {
  return reason ? MESSAGES[reason] : null;
}

/** The login page's address that says why and returns to `from` (a path) afterwards. */
export function loginPath(reason: SignOutReason | null, from: string | null | undefined): string {
  const params = new URLSearchParams();
  if (reason) params.set("reason", reason);
  const back = safeCallbackPath(from);
  if (back !== "/") params.set("callbackUrl", back);
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}
