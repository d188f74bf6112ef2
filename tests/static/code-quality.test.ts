import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The project's static checks as part of `npm test`: strict TypeScript for the app and the
 * Amplify backend, ESLint, and Prettier. Each test fails with the tool's own report.
 */
const ROOT = path.join(__dirname, "../..");

/** A package's own script, found through its package.json (eslint's `exports` hide its bin). */
function binOf(pkg: string, script: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })), script);
}

function run(bin: string, args: string[]) {
  const [pkg = "", ...rest] = bin.split("/");
  const result = spawnSync(process.execPath, [binOf(pkg, rest.join("/")), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim() };
}

describe("code quality", () => {
  it.each([
    ["the app", "tsconfig.json"],
    ["the Amplify backend", "amplify/tsconfig.json"],
  ])("type-checks %s under strict TypeScript", (_name, project) => {
    const { status, output } = run("typescript/bin/tsc", ["--noEmit", "-p", project]);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("passes ESLint with no errors or warnings", () => {
    const { status, output } = run("eslint/bin/eslint.js", [".", "--max-warnings=0"]);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("is formatted with Prettier", () => {
    const { status, output } = run("prettier/bin/prettier.cjs", [
      "--check",
      ".",
      "--log-level=warn",
    ]);
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});
