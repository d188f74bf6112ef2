import { safeCallbackPath } from "@/domain/auth/callback-path";
import { loginPath, parseSignOutReason, signOutMessage } from "@/domain/auth/sign-out-reason";

describe("safeCallbackPath", () => {
  it.each([
    ["/weight", "/weight"],
    ["/weight?range=30d&day=2026-12-01", "/weight?range=30d&day=2026-12-01"],
    ["/diary/2026-12-01#entry", "/diary/2026-12-01#entry"],
    ["/a/../settings", "/settings"],
  ])("keeps the same-origin path %s", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "//evil.example/weight",
    "https://evil.example",
    "https://evil.example/weight",
    "http:evil.example",
    "javascript:alert(1)",
    "/\\evil.example",
    "\\\\evil.example",
    "/\tevil.example",
    " /weight",
    "weight",
    "/login",
    "/login?callbackUrl=%2Fweight",
    "",
    null,
    undefined,
  ])("refuses %p and returns home", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });
});

describe("the login page's address after a sign-out", () => {
  it("says why and where to return", () => {
    expect(loginPath("revoked", "/weight?range=30d")).toBe(
      "/login?reason=revoked&callbackUrl=%2Fweight%3Frange%3D30d",
    );
    expect(loginPath("expired", "/")).toBe("/login?reason=expired");
    expect(loginPath(null, "/settings")).toBe("/login?callbackUrl=%2Fsettings");
    expect(loginPath(null, null)).toBe("/login");
  });

  it("never carries a foreign address as the place to return", () => {
    expect(loginPath("revoked", "//evil.example")).toBe("/login?reason=revoked");
    expect(loginPath(null, "https://evil.example")).toBe("/login");
  });

  it("names the reason, and ignores unknown ones", () => {
    expect(signOutMessage(parseSignOutReason("revoked"))).toBe(
      "You were signed out because the password was changed or you signed out on another device. Sign in again.",
    );
    expect(signOutMessage(parseSignOutReason("expired"))).toBe(
      "Your session ended. Sign in again.",
    );
    expect(signOutMessage(parseSignOutReason("<script>"))).toBeNull();
    expect(signOutMessage(parseSignOutReason(undefined))).toBeNull();
  });
});
