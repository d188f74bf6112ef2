import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../../db/rows";
import {
  claimIdempotencyKey,
  releaseIdempotencyKey,
  storeIdempotentAnswer,
  type IdempotencyScope,
} from "../../services/api/idempotency";
import { ApiError } from "./api-error";
import { principalKey, type ApiPrincipal } from "./credentials";

/** An endpoint's answer, as sent and as kept for a resent request. */
export interface Answer {
  status: number;
  body: string;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

function scopeOf(
  request: Request,
  principal: ApiPrincipal,
  key: string,
  bodyText: string,
): IdempotencyScope {
  const digest = createHash("sha256").update(bodyText, "utf8").digest("hex");
  const { pathname } = new URL(request.url);
  return {
    principal: principalKey(principal),
    key,
    fingerprint: `${request.method} ${pathname} ${digest}`,
  };
}

/**
 * Runs a write once per Idempotency-Key: a resent request (same key, same request) gets the
 * first answer again, marked `Idempotent-Replayed: true`, and writes nothing. Without the
 * header the write simply runs. A failure on the server's side frees the key for a retry.
 */
export async function answerOnce(
  db: Db,
  request: Request,
  principal: ApiPrincipal,
  bodyText: string,
  run: () => Promise<Answer>,
): Promise<{ answer: Answer; replayed: boolean }> {
  const key = request.headers.get("idempotency-key");
  if (key === null) return { answer: await run(), replayed: false };
  if (!KEY_PATTERN.test(key)) {
    throw new ApiError(
      400,
      "An Idempotency-Key is 1 to 200 visible ASCII characters, such as a UUID.",
    );
  }
  const scope = scopeOf(request, principal, key, bodyText);
  const claim = await claimIdempotencyKey(db, scope);
  if (claim.kind === "replay") return { answer: claim.answer, replayed: true };
  if (claim.kind === "mismatch") {
    throw new ApiError(
      422,
      "This Idempotency-Key was already used for a different request. Use a new key.",
    );
  }
  if (claim.kind === "in-progress") {
    throw new ApiError(
      409,
      "A request with this Idempotency-Key is still running. Try again in a moment.",
      {
        headers: { "Retry-After": "1" },
      },
    );
  }
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    await releaseIdempotencyKey(db, scope).catch(() => undefined);
    throw error;
  }
  await storeIdempotentAnswer(db, scope, answer);
  return { answer, replayed: false };
}
