import { Template } from "aws-cdk-lib/assertions";
import { resolveDeploySettings } from "../../amplify/config/deploy-settings";
import { TrackerBackend } from "../../amplify/custom/TrackerBackend/resource";
import { BACKUP_ENTRY, MIGRATION_ENTRY, testStack, unacknowledgedNagErrors } from "./helpers/stack";

const ACL_ARN = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/tracker/0a1b2c3d-1111";

function backendFor(
  env: Record<string, string>,
  identity: { namespace: string; name: string; type: string },
) {
  const stack = testStack();
  const settings = resolveDeploySettings(env, identity);
  const backend = new TrackerBackend(stack, "Tracker", {
    settings,
    migrationEntry: MIGRATION_ENTRY,
    backupEntry: BACKUP_ENTRY,
  });
  return { stack, backend, template: Template.fromStack(stack) };
}

describe("TrackerBackend variants", () => {
  it("a sandbox gets the database and role but nothing that needs an Amplify app", () => {
    const { stack, template } = backendFor(
      {},
      { namespace: "tracker", name: "alice", type: "sandbox" },
    );
    template.resourceCountIs("AWS::RDS::DBCluster", 1);
    template.resourceCountIs("Custom::TrackerComputeRoleAttachment", 0);
    template.resourceCountIs("AWS::WAFv2::WebACL", 0);
    template.resourceCountIs("AWS::Logs::QueryDefinition", 0);
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });

  it("an app outside us-east-1 associates the web ACL given in TRACKER_WAF_ACL_ARN", () => {
    const { stack, template } = backendFor(
      { TRACKER_WAF_ACL_ARN: ACL_ARN },
      { namespace: "d2example0abc", name: "main", type: "branch" },
    );
    template.resourceCountIs("AWS::WAFv2::WebACL", 0);
    template.hasResourceProperties("AWS::WAFv2::WebACLAssociation", { WebACLArn: ACL_ARN });
    expect(template.toJSON().Conditions).toBeUndefined();
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });

  it("TRACKER_TIER=personal on main keeps the WAF but pauses the database", () => {
    const { template } = backendFor(
      { TRACKER_TIER: "personal" },
      { namespace: "d2example0abc", name: "main", type: "branch" },
    );
    template.resourceCountIs("AWS::RDS::DBInstance", 1);
    template.resourceCountIs("AWS::WAFv2::WebACL", 1);
  });

  it("prod is production tier but leaves the app-wide web ACL and app alarms to main", () => {
    const identity = { namespace: "d2example0abc", name: "prod", type: "branch" };
    const { template } = backendFor({ TRACKER_WAF: "on" }, identity);
    template.resourceCountIs("AWS::RDS::DBInstance", 2);
    template.resourceCountIs("AWS::WAFv2::WebACLAssociation", 0);
    template.resourceCountIs("AWS::Logs::QueryDefinition", 0);
    const namespaces = Object.values(template.findResources("AWS::CloudWatch::Alarm")).map(
      (alarm) => (alarm as { Properties: { Namespace: string } }).Properties.Namespace,
    );
    expect(namespaces).toEqual(["AWS/RDS", "AWS/RDS", "AWS/RDS", "AWS/RDS"]);
    const promoted = backendFor({ TRACKER_PRIMARY_BRANCH: "prod" }, identity).template;
    promoted.resourceCountIs("AWS::WAFv2::WebACLAssociation", 1);
    promoted.resourceCountIs("AWS::Logs::QueryDefinition", 1);
  });

  it("publishes exactly the outputs the app reads, as ARNs", () => {
    const { stack, backend } = backendFor(
      {},
      { namespace: "d2example0abc", name: "main", type: "branch" },
    );
    const outputs = stack.resolve(backend.outputs) as Record<string, unknown>;
    expect(Object.keys(outputs).sort()).toEqual([
      "dataApiResourceArn",
      "databaseName",
      "dbSecretArn",
      "region",
      "sessionSecretArn",
      "setupTokenSecretArn",
    ]);
    expect(outputs.region).toEqual({ Ref: "AWS::Region" });
    expect(outputs.databaseName).toBe("tracker");
  });
});
