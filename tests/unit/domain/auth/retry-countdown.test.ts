import {
  formatCountdown,
  parseRetryAt,
  remainingMs,
  throttleErrorCode,
} from "@/domain/auth/retry-countdown";

describe("the login throttle's countdown", () => {
  const retryAt = new Date("2026-12-01T10:15:00.000Z");

  it("round-trips the retry-at instant through the error code", () => {
    const code = throttleErrorCode(retryAt);
    expect(code).toBe("TooManyAttempts:2026-12-01T10:15:00.000Z");
    expect(parseRetryAt(code)).toBe(retryAt.getTime());
  });

  it("reads no instant from other errors or a bare number of seconds", () => {
    expect(parseRetryAt("CredentialsSignin")).toBeNull();
    expect(parseRetryAt("TooManyAttempts:900")).toBeNull();
    expect(parseRetryAt("TooManyAttempts:2026-13-45T99:99:99Z")).toBeNull();
    expect(parseRetryAt(null)).toBeNull();
  });

  it("counts down in minutes and seconds to zero, never below", () => {
    const at = retryAt.getTime();
    expect(formatCountdown(remainingMs(at, at - 15 * 60_000))).toBe("15:00");
    expect(formatCountdown(remainingMs(at, at - 15 * 60_000 + 1000))).toBe("14:59");
    expect(formatCountdown(remainingMs(at, at - 14 * 60_000 - 59_500))).toBe("15:00");
    expect(formatCountdown(remainingMs(at, at - 61_000))).toBe("1:01");
    expect(formatCountdown(remainingMs(at, at - 1))).toBe("0:01");
    expect(remainingMs(at, at + 5000)).toBe(0);
    expect(formatCountdown(0)).toBe("0:00");
  });
});
