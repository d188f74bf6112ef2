import { ConfigError, loadConfig } from "@/server/config-schema";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("applies documented defaults when nothing is set", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.TRACKER_DATA_DIR).toBe(".data");
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("names a malformed variable in the error", () => {
    const problems = problemsOf({ PORT: "eighty", DATABASE_URL: "mysql://x" });
    expect(problems.some((p) => p.startsWith("PORT:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("DATABASE_URL:"))).toBe(true);
  });

  it("rejects a short session secret and names it", () => {
    expect(problemsOf({ NEXTAUTH_SECRET: "short" })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET: .*32/),
    ]);
  });

  it("treats empty strings as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: " " }).DATABASE_URL).toBeUndefined();
  });

  it("requires the Data API resource and secret together", () => {
    expect(
      problemsOf({ TRACKER_DATA_API_RESOURCE_ARN: "arn:aws:rds:eu-west-1:1:cluster:x" }),
    ).toEqual([expect.stringContaining("must be set together")]);
  });
});
