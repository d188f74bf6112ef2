import "server-only";
import type { ApiTokenScope } from "@/schemas/api-token";
import { checkOwnerSession } from "../../auth/session";
import { getConfig } from "../../config";
import type { Db } from "../../db/rows";
import { checkApiToken } from "../../services/api/api-tokens";
import { countApiRequest } from "../../services/api/rate-limit";
import { isCrossSite } from "../owner-route";
import { API_SIGN_IN, ApiError } from "./api-error";

/** Who sent an API request: the signed-in owner (session cookie) or one of their tokens. */
export type ApiPrincipal =
  { kind: "owner" } | { kind: "token"; tokenId: string; scope: ApiTokenScope };

export type ApiAccess = "read" | "write";

async function tokenPrincipal(
  db: Db,
  authorization: string,
  access: ApiAccess,
  now: Date,
): Promise<ApiPrincipal> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1])
    throw new ApiError(401, `This Authorization header is not a bearer token. ${API_SIGN_IN}`);
  const check = await checkApiToken(db, match[1], now);
  if (!check.ok) throw new ApiError(401, check.message);
  if (access === "write" && check.scope === "read") {
    throw new ApiError(
      403,
      "This token is read-only. Create a read and write token in Settings to change data.",
    );
  }
  const rate = await countApiRequest(
    db,
    check.tokenId,
    getConfig().TRACKER_API_REQUESTS_PER_MINUTE,
  );
  if (!rate.allowed) {
    throw new ApiError(
      429,
      `This token sent too many requests this minute. Try again in ${rate.retryAfterSeconds} s.`,
      { headers: { "Retry-After": String(rate.retryAfterSeconds) } },
    );
  }
  return { kind: "token", tokenId: check.tokenId, scope: check.scope };
}

/**
 * The request's credentials, checked for `access`: a bearer token when one is sent (it never
 * falls back to the cookie), else the owner's session, whose writes must come from this site.
 */
export async function authenticateApiRequest(
  request: Request,
  db: Db,
  access: ApiAccess,
  now: Date,
): Promise<ApiPrincipal> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) return tokenPrincipal(db, authorization, access, now);
  const check = await checkOwnerSession();
  if (!check.session) throw new ApiError(401, API_SIGN_IN);
  if (isCrossSite(request)) throw new ApiError(403, "This request came from another site.");
  return { kind: "owner" };
}

/** The idempotency keys of each principal are their own. */
export function principalKey(principal: ApiPrincipal): string {
  return principal.kind === "owner" ? "owner" : `token:${principal.tokenId}`;
}
