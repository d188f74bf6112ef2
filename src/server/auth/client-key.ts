/**
 * Identifies the client for login throttling: the address in X-Forwarded-For that the
 * nearest trusted proxy wrote. Entries further left are client-supplied and spoofable.
 */
export function clientKeyFromHeaders(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const index = forwarded.length - 1 - trustedProxyHops;
  const address = forwarded[Math.max(0, index)] ?? headers.get("x-real-ip") ?? "unknown";
  return address.replace(/^::ffff:/, "");
}
