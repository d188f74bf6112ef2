import type { Config } from "jest";

/**
 * One `npm test` runs every project below. The summary reporter prints
 * `tests: N passed, N failed` and fails the run when a required project ran no test,
 * so a suite that could not start (no PostgreSQL, no Chromium) is never silently skipped.
 */
const transform: Config["transform"] = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2022",
      },
      module: { type: "commonjs" },
    },
  ],
};

const common = {
  transform,
  testEnvironment: "node",
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/src/$1",
    "^server-only$": "<rootDir>/tests/setup/server-only-stub.ts",
  },
  transformIgnorePatterns: ["/node_modules/(?!(@electric-sql)/)"],
} satisfies Config;

/** The integration suite runs once per database path; `TEST_DB` tells the helpers which. */
function integration(db: string): Config {
  return {
    ...common,
    displayName: `integration-${db}`,
    testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
    setupFiles: [`<rootDir>/tests/setup/use-${db}.ts`],
  };
}

const config: Config = {
  globalSetup: "<rootDir>/tests/setup/global-setup.ts",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.cjs"],
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] },
    { ...common, displayName: "amplify", testMatch: ["<rootDir>/tests/amplify/**/*.test.ts"] },
    integration("postgres"),
    integration("pglite"),
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"] },
  ],
};

export default config;
