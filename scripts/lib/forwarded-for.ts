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

/**
 * Headers only a proxy may write. Next compares a server action's Origin with X-Forwarded-Host
 * (before Host) to refuse cross-site posts, and takes the protocol and port from the others;
 * it fills them in from the connection only when they are missing.
 */
const PROXY_ONLY_HEADERS = [
  "x-real-ip",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
];

/**
 * Rewrites the request's X-Forwarded-For in place (see `forwardedForHeader`). Without trusted
 * proxies, the client's own X-Real-IP and X-Forwarded-Host/-Proto/-Port are dropped as well.
 */
export function applyForwardedFor(req: IncomingMessage, trustedProxyHops: number): void {
  const value = forwardedForHeader(
    req.headers["x-forwarded-for"],
    req.socket.remoteAddress,
    trustedProxyHops,
  );
  if (value === undefined) delete req.headers["x-forwarded-for"];
  else req.headers["x-forwarded-for"] = value;
  if (trustedProxyHops > 0) return;
  for (const name of PROXY_ONLY_HEADERS) delete req.headers[name];
}
