import { readFileSync } from "node:fs";
import path from "node:path";
import { configSchema } from "@/server/config-schema";

const README = readFileSync(path.join(__dirname, "../../../README.md"), "utf8");

/** The first column of the README's Configuration table: every `NAME` it documents. */
function documentedVariables(): Set<string> {
  const section = README.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
  const names = section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([A-Z][A-Z0-9_]+)`/g)])
    .map((match) => match[1] ?? "");
  return new Set(names);
}

describe("README configuration table", () => {
  it("documents every variable the config schema reads", () => {
    const documented = documentedVariables();
    const missing = Object.keys(configSchema.shape).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
