import path from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { TIER_SETTINGS, type TrackerTier } from "../../../amplify/config/tier";
import { TrackerNetwork } from "../../../amplify/custom/Network/resource";

export const MIGRATION_ENTRY = path.resolve(
  __dirname,
  "../../../amplify/functions/migrate/handler.ts",
);

export const BACKUP_ENTRY = path.resolve(__dirname, "../../../amplify/functions/backup/handler.ts");

/** A stack in an app that skips asset bundling (construct tests need no esbuild run). */
export function testStack(): Stack {
  const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  return new Stack(app, "Test");
}

export function testNetwork(stack: Stack, tier: TrackerTier = "personal"): TrackerNetwork {
  return new TrackerNetwork(stack, "Network", {
    secretsEndpointAzs: TIER_SETTINGS[tier].secretsEndpointAzs,
  });
}

/** cdk-nag AwsSolutions errors that no acknowledgement covers, as "rule at path" lines. */
export function unacknowledgedNagErrors(scope: IConstruct): string[] {
  const { violations } = new AwsSolutionsChecks().validateScope(scope);
  return violations
    .filter((violation) => (violation.severity ?? "error") === "error")
    .flatMap((violation) =>
      violation.violatingResources.map(
        (resource) => `${violation.ruleName} at ${resource.constructPath}`,
      ),
    );
}
