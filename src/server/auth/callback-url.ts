/**
 * next-auth's `redirect` callback. Where next-auth sends the browser, and what it stores in
 * its callback-url cookie, is this app's own origin and a path without query or fragment:
 * the app navigates by itself after signing in (the login form keeps its own `callbackUrl`),
 * and the setup link's one-time token must not linger in a cookie.
 */
export function sameOriginPathOnly({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const base = new URL(baseUrl);
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return base.origin;
  }
  return target.origin === base.origin ? `${base.origin}${target.pathname}` : base.origin;
}
