// @ts-check

/**
 * One `npm test` runs every project below. The summary reporter prints
 * `tests: N passed, N failed` and fails the run when a required project ran no test,
 * so a suite that could not start (no PostgreSQL, no Chromium) is never silently skipped.
 */
/** @type {import("jest").Config["transform"]} */
const transform = {
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
};

/**
 * Files that only make sense on one database path, by path. Selecting them here (rather than
 * `it.skip` at run time) keeps every run free of skipped tests, which the reporter enforces in CI.
 * @type {Record<string, string[]>}
 */
const ONLY_ON = {
  "/tests/integration/data-api/": ["dataapi"],
  // PGlite serves one connection, so real lock contention needs a PostgreSQL server.
  "/tests/integration/tasks/undo-contention": ["postgres"],
  "/tests/integration/settings/save-contention": ["postgres"],
  // The Data API driver cannot read a schema back (its migration support is unreliable).
  "/tests/integration/foundation/entities-match": ["postgres", "pglite"],
};

/**
 * The integration suite runs once per database path; `TEST_DB` tells the helpers which.
 * @param {string} db
 * @returns {import("jest").Config}
 */
function integration(db) {
  return {
    ...common,
    displayName: `integration-${db}`,
    testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
    testPathIgnorePatterns: [
      "/node_modules/",
      ...Object.entries(ONLY_ON)
        .filter(([, only]) => !only.includes(db))
        .map(([path]) => path),
    ],
    setupFiles: [`<rootDir>/tests/setup/use-${db}.ts`],
    // Both real PostgreSQL and the Data API stand-in (which fronts it) need the server.
    ...(db === "postgres" || db === "dataapi"
      ? {
          globalSetup: "<rootDir>/tests/setup/global-setup.ts",
          globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
        }
      : {}),
  };
}

/** @type {import("jest").Config} */
const config = {
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.cjs"],
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] },
    {
      ...common,
      displayName: "static",
      testMatch: ["<rootDir>/tests/static/**/*.test.ts"],
      testTimeout: 300_000,
    },
    { ...common, displayName: "amplify", testMatch: ["<rootDir>/tests/amplify/**/*.test.ts"] },
    integration("postgres"),
    integration("pglite"),
    integration("dataapi"),
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/tests/setup/e2e-response-audit.ts"],
      testTimeout: 180_000,
      globalSetup: "<rootDir>/tests/setup/e2e-global-setup.ts",
      globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
    },
  ],
};

module.exports = config;
