import { ConfigError, loadConfig } from "@/server/config-schema";
import { initialLogLevel } from "@/server/log";

describe("log level at import time", () => {
  it("uses a valid LOG_LEVEL", () => {
    expect(initialLogLevel("debug")).toBe("debug");
    expect(initialLogLevel("silent")).toBe("silent");
  });

  it("falls back to info instead of crashing on an unset, empty or unknown level", () => {
    for (const value of [undefined, "", "  ", "verbose", "DEBUG"]) {
      expect(initialLogLevel(value)).toBe("info");
    }
  });

  it("leaves the unknown level to the config validation, which names it", () => {
    expect(() => loadConfig({ LOG_LEVEL: "verbose" })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL:/);
  });
});
