/**
 * The Content-Security-Policy of every page, with a fresh nonce per request (edge-safe). Next
 * reads the nonce from the request's own CSP header and puts it on every script it renders;
 * 'strict-dynamic' lets those scripts load the build's chunks. No 'unsafe-inline' for scripts:
 * an injected inline script has no nonce and does not run. Styles keep 'unsafe-inline' (React
 * writes style attributes; they cannot run code).
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: a nonce no page can guess. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
