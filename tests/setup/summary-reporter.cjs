/**
 * Prints the closing line CI reads, `tests: N passed, N failed`, and fails the run when a
 * required project ran no test at all (a suite that could not start is never a silent pass).
 */
const REQUIRED = [
  "static",
  "unit",
  "amplify",
  "integration-postgres",
  "integration-pglite",
  "integration-dataapi",
  "e2e",
];

class SummaryReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
    this.perProject = new Map();
  }

  onTestResult(test, result) {
    const name = test.context.config.displayName?.name ?? "default";
    const counts = this.perProject.get(name) ?? { passed: 0, failed: 0 };
    counts.passed += result.numPassingTests;
    counts.failed += result.numFailingTests + (result.testExecError ? 1 : 0);
    this.perProject.set(name, counts);
  }

  /**
   * In CI (CI=true) every suite is required; locally, every project that had test files
   * must have passed at least one test.
   */
  onRunComplete(contexts, results) {
    const ran = [...contexts].map((context) => context.config.displayName?.name).filter(Boolean);
    const required = process.env.CI ? REQUIRED : ran;
    const missing = required.filter((name) => !(this.perProject.get(name)?.passed > 0));
    for (const [name, counts] of [...this.perProject].sort()) {
      console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed`);
    }
    let failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    // In CI nothing may be skipped silently: a skipped or todo test counts as a failure.
    const skipped = results.numPendingTests + results.numTodoTests;
    if (process.env.CI && skipped > 0 && !this.globalConfig.testNamePattern) {
      console.log(`Skipped tests in CI: ${skipped} (select tests by path, not with it.skip)`);
      failed += skipped;
      this.error = new Error(`${skipped} tests were skipped in CI`);
    }
    if (missing.length) {
      console.log(`Required suites ran no test: ${missing.join(", ")}`);
      failed += missing.length;
      this.error = new Error(`Required suites ran no test: ${missing.join(", ")}`);
    }
    console.log(`tests: ${results.numPassedTests} passed, ${failed} failed`);
  }

  /** Jest exits non-zero when a reporter reports an error here. */
  getLastError() {
    return this.error;
  }
}

module.exports = SummaryReporter;
