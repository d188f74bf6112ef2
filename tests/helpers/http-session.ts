/**
 * A tiny cookie-keeping HTTP client that signs in through next-auth's own endpoints, the
 * way the browser's `signIn()` does, so auth can be tested without a browser.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly forwardedFor?: string,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    if (this.forwardedFor) headers.set("x-forwarded-for", this.forwardedFor);
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers,
      redirect: "manual",
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair?.indexOf("=") ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** The cookies this session holds, as a `Cookie` header (to replay a copy of them later). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  hasSessionCookie(): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }

  private async csrfToken(): Promise<string> {
    const response = await this.request("/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** POSTs the credentials form; returns the raw response (200 ok, 401 wrong, 429 throttled). */
  async logIn(password: string): Promise<Response> {
    const body = new URLSearchParams({ password, csrfToken: await this.csrfToken(), json: "true" });
    return this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
  }

  async logOut(): Promise<Response> {
    const body = new URLSearchParams({ csrfToken: await this.csrfToken(), json: "true" });
    return this.request("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
  }

  /** Whether a protected page renders for this session (200) instead of sending it to login. */
  async canOpen(path: string): Promise<boolean> {
    const response = await this.request(path);
    return response.status === 200;
  }
}

/** Signs the owner in through next-auth and returns the cookie header a client then sends. */
export async function signedInCookie(baseUrl: string, password: string): Promise<string> {
  const session = new HttpSession(baseUrl);
  const response = await session.logIn(password);
  if (response.status !== 200 || !session.hasSessionCookie()) {
    throw new Error(`signing in failed (${response.status})`);
  }
  return session.cookieHeader();
}
