import { clientKeyFromHeaders } from "@/server/auth/client-key";

describe("login throttle client key", () => {
  it("uses the address the nearest proxy appended, not a spoofed one to its left", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientKeyFromHeaders(headers, 0)).toBe("203.0.113.9");
  });

  it("skips trusted proxy hops from the right", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" });
    expect(clientKeyFromHeaders(headers, 1)).toBe("203.0.113.9");
  });

  it("normalises IPv4-mapped IPv6 and falls back when no header is present", () => {
    expect(clientKeyFromHeaders(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), 0)).toBe(
      "127.0.0.1",
    );
    expect(clientKeyFromHeaders(new Headers(), 0)).toBe("unknown");
  });
});
