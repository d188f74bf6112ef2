import { fileURLToPath } from "node:url";
import { defineBackend } from "@aws-amplify/backend";
import type { Stack } from "aws-cdk-lib";
import { resolveDeploySettings, type BackendIdentity } from "./config/deploy-settings";
import { acknowledgeBranchLinkerFindings } from "./custom/shared/branch-linker";
import { TrackerBackend } from "./custom/TrackerBackend/resource";

/**
 * Tracker's backend: no Amplify auth/data categories, only custom CDK resources in one
 * nested stack (network, Aurora + Data API, secrets, SSR compute role, migrations trigger,
 * WAF, alarms). Settings come from the build environment: see docs/deploy.md.
 */
export const backend = defineBackend({});

function backendIdentity(stack: Stack): BackendIdentity {
  const read = (key: string): string => {
    const value: unknown = stack.node.tryGetContext(key);
    if (typeof value !== "string") throw new Error(`CDK context ${key} is missing`);
    return value;
  };
  return {
    namespace: read("amplify-backend-namespace"),
    name: read("amplify-backend-name"),
    type: read("amplify-backend-type"),
  };
}

export const trackerStack = backend.createStack("tracker");
export const deploySettings = resolveDeploySettings(process.env, backendIdentity(trackerStack));

export const tracker = new TrackerBackend(trackerStack, "Tracker", {
  settings: deploySettings,
  migrationEntry: fileURLToPath(new URL("./functions/migrate/handler.ts", import.meta.url)),
  backupEntry: fileURLToPath(new URL("./functions/backup/handler.ts", import.meta.url)),
});

// Amplify's branch linker also calls UpdateBranch; attaching the compute role after it keeps
// the two updates from interleaving on the first deploy.
const branchLinker = backend.stack.node.tryFindChild("AmplifyBranchLinker");
if (branchLinker !== undefined && deploySettings.amplifyApp !== undefined) {
  trackerStack.node.addDependency(branchLinker);
  acknowledgeBranchLinkerFindings(branchLinker, deploySettings.amplifyApp);
}

backend.addOutput({ custom: { tracker: { ...tracker.outputs } } });
