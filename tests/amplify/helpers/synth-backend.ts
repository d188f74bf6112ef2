/**
 * Synthesizes amplify/backend.ts the way `ampx pipeline-deploy` would, but offline: run as a
 * child process under tsx (the Amplify backend is ESM and builds one CDK app per process).
 * The caller sets CDK_CONTEXT_JSON / CDK_OUTDIR / TRACKER_* and reads the JSON report this
 * prints: the template file of every stack, the cdk-nag violations and the acknowledgements.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { App, Stack, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import type { SynthReport } from "./synth-report";

function stacksOf(root: IConstruct): Stack[] {
  return root.node.findAll().filter((node): node is Stack => Stack.isStack(node));
}

function acknowledgementsOf(root: IConstruct): SynthReport["acknowledgements"] {
  return root.node.findAll().flatMap((node) =>
    node.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, unknown>).map(([id, reason]) => ({
          path: node.node.path,
          id,
          reason: typeof reason === "string" ? reason : JSON.stringify(reason),
        })),
      ),
  );
}

async function main(): Promise<void> {
  const backendFile = path.resolve(__dirname, "../../../amplify/backend.ts");
  const { backend } = (await import(backendFile)) as { backend: { stack: Stack } };
  const app = backend.stack.node.root;
  if (!(app instanceof App)) throw new Error("the backend stack is not inside a CDK App");
  const assembly = app.synth();
  const nag = new AwsSolutionsChecks().validateScope(app);
  const report: SynthReport = {
    stacks: stacksOf(app).map((stack) => ({
      path: stack.node.path,
      nested: stack.nested,
      template: JSON.parse(
        readFileSync(path.join(assembly.directory, stack.templateFile), "utf8"),
      ) as Record<string, unknown>,
    })),
    violations: nag.violations.map((violation) => ({
      rule: violation.ruleName,
      severity: violation.severity ?? "error",
      paths: violation.violatingResources.map((resource) => resource.constructPath ?? "?"),
    })),
    acknowledgements: acknowledgementsOf(app),
  };
  process.stdout.write(JSON.stringify(report));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
