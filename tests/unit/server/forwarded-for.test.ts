import { clientKeyFromHeaders } from "@/server/auth/client-key";
import type { IncomingMessage } from "node:http";
import { applyForwardedFor, forwardedForHeader } from "../../../scripts/lib/forwarded-for";

/** The throttle key the app computes for a request the launcher rewrote. */
function keyFor(sent: string | undefined, socket: string, hops: number): string {
  const header = forwardedForHeader(sent, socket, hops);
  return clientKeyFromHeaders(new Headers(header ? { "x-forwarded-for": header } : {}), hops);
}

describe("X-Forwarded-For as the launcher hands it to Next", () => {
  it("without trusted proxies, ignores whatever the client sent", () => {
    expect(forwardedForHeader("6.6.6.6, 7.7.7.7", "203.0.113.9", 0)).toBe("203.0.113.9");
    for (const spoofed of [undefined, "1.1.1.1", "2.2.2.2", "a, b, c"]) {
      expect(keyFor(spoofed, "203.0.113.9", 0)).toBe("203.0.113.9");
    }
  });

  it("behind one proxy, keys on the address that proxy appended, not on spoofed ones", () => {
    // The client sent 6.6.6.6; the proxy appended the real client 198.51.100.4.
    expect(forwardedForHeader("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe(
      "6.6.6.6, 198.51.100.4, 10.0.0.2",
    );
    expect(keyFor("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(keyFor("198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
  });

  it("behind two proxies, skips exactly two entries", () => {
    expect(keyFor("6.6.6.6, 198.51.100.4, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("joins repeated headers and keys on the socket when nothing was forwarded", () => {
    expect(forwardedForHeader(["1.1.1.1", "2.2.2.2"], "10.0.0.2", 1)).toBe(
      "1.1.1.1, 2.2.2.2, 10.0.0.2",
    );
    expect(keyFor(undefined, "::ffff:10.0.0.2", 1)).toBe("10.0.0.2");
    expect(forwardedForHeader(undefined, undefined, 1)).toBeUndefined();
  });
});

describe("the headers the launcher lets through to Next", () => {
  const SENT = {
    host: "localhost:3000",
    "x-forwarded-for": "6.6.6.6",
    "x-real-ip": "6.6.6.6",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-port": "443",
  };

  function rewritten(hops: number): IncomingMessage["headers"] {
    const req = { headers: { ...SENT }, socket: { remoteAddress: "203.0.113.9" } };
    applyForwardedFor(req as unknown as IncomingMessage, hops);
    return req.headers;
  }

  it("without trusted proxies, drops every forwarded header a client could have written", () => {
    expect(rewritten(0)).toEqual({ host: "localhost:3000", "x-forwarded-for": "203.0.113.9" });
  });

  it("behind a proxy, keeps what the proxy wrote and appends the connecting address", () => {
    expect(rewritten(1)).toEqual({ ...SENT, "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
  });
});
