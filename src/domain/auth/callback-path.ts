/** Any origin works as the base: only whether the parsed URL stays on it matters. */
const BASE = "http://tracker.invalid";

/**
 * The page to return to after signing in, if `raw` is a same-origin relative path; otherwise
 * "/". Refuses protocol-relative (`//evil.example`), absolute (`https://evil.example`) and
 * backslash forms (`/\evil.example`, which browsers read as `//`), control characters, and
 * the login page itself (no loop).
 */
export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//")) return "/";
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE || url.pathname === "/login") return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
