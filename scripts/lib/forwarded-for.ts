import type { IncomingMessage } from "node:http";

/**
 * The X-Forwarded-For the app sees, so that the login throttle's client key (the entry
 * TRACKER_TRUSTED_PROXY_HOPS places left of the end, src/server/auth/client-key.ts) cannot be
 * chosen by the client. Next only fills the header in when it is missing, so without this a
 * client could send any address it liked.
 *
 * - 0 hops: the header is replaced by the connecting address; whatever the client sent is gone.
 * - N hops: the connecting address (the nearest proxy) is appended, so skipping N entries
 *   lands on the address that the outermost trusted proxy wrote.
 */
export function forwardedForHeader(
  received: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedProxyHops: number,
): string | undefined {
  if (trustedProxyHops === 0) return socketAddress;
  const entries = (Array.isArray(received) ? received.join(",") : (received ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (socketAddress) entries.push(socketAddress);
  return entries.length ? entries.join(", ") : undefined;
}

/** Rewrites the request's X-Forwarded-For in place (see `forwardedForHeader`). */
export function applyForwardedFor(req: IncomingMessage, trustedProxyHops: number): void {
  const value = forwardedForHeader(
    req.headers["x-forwarded-for"],
    req.socket.remoteAddress,
    trustedProxyHops,
  );
  if (value === undefined) delete req.headers["x-forwarded-for"];
  else req.headers["x-forwarded-for"] = value;
  // The key falls back to X-Real-IP only without X-Forwarded-For; nothing trusted writes it here.
  if (trustedProxyHops === 0) delete req.headers["x-real-ip"];
}
