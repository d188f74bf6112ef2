import { Match, Template } from "aws-cdk-lib/assertions";
import * as iam from "aws-cdk-lib/aws-iam";
import { TIER_SETTINGS } from "../../amplify/config/tier";
import { TrackerDatabase } from "../../amplify/custom/Database/resource";
import { TrackerNetwork } from "../../amplify/custom/Network/resource";
import { testNetwork, testStack, unacknowledgedNagErrors } from "./helpers/stack";

describe("TrackerNetwork", () => {
  it("rejects an endpoint AZ count other than 1 or 2, naming the value", () => {
    const stack = testStack();
    expect(
      () => new TrackerNetwork(stack, "Network", { secretsEndpointAzs: 3 as unknown as 1 }),
    ).toThrow(/secretsEndpointAzs.*3/);
  });

  it("passes cdk-nag on its own", () => {
    const stack = testStack();
    testNetwork(stack);
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });
});

describe("TrackerDatabase", () => {
  it("rejects a database name PostgreSQL identifiers do not allow", () => {
    const stack = testStack();
    const network = testNetwork(stack);
    expect(
      () =>
        new TrackerDatabase(stack, "Db", {
          network,
          tier: TIER_SETTINGS.personal,
          databaseName: "Tracker-DB",
        }),
    ).toThrow(/"Tracker-DB"/);
  });

  it.each([
    [{ minCapacity: 0.3 }, /minCapacity.*0.3/],
    [{ maxCapacity: 300 }, /maxCapacity.*300/],
    [{ minCapacity: 0, readerInstances: 1 as const }, /reader needs minCapacity > 0/],
  ])("rejects the capacity settings %j", (override, message) => {
    const stack = testStack();
    const network = testNetwork(stack);
    const tier = { ...TIER_SETTINGS.personal, ...override };
    expect(() => new TrackerDatabase(stack, "Db", { network, tier })).toThrow(message);
  });

  it("grantDataApiAccess gives exactly the Data API on the cluster and the secret value", () => {
    const stack = testStack();
    const network = testNetwork(stack);
    const database = new TrackerDatabase(stack, "Db", { network, tier: TIER_SETTINGS.production });
    const role = new iam.Role(stack, "Reader", {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
    });
    database.grantDataApiAccess(role);
    const template = Template.fromStack(stack);
    const clusterId = stack.getLogicalId(database.cluster.node.defaultChild as never);
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: [
          {
            Action: [
              "rds-data:ExecuteStatement",
              "rds-data:BatchExecuteStatement",
              "rds-data:BeginTransaction",
              "rds-data:CommitTransaction",
              "rds-data:RollbackTransaction",
            ],
            Effect: "Allow",
            Resource: {
              "Fn::Join": [
                "",
                [
                  "arn:",
                  { Ref: "AWS::Partition" },
                  ":rds:",
                  { Ref: "AWS::Region" },
                  ":",
                  { Ref: "AWS::AccountId" },
                  ":cluster:",
                  { Ref: clusterId },
                ],
              ],
            },
          },
          {
            Action: "secretsmanager:GetSecretValue",
            Effect: "Allow",
            Resource: { Ref: stack.getLogicalId(database.secret.node.defaultChild as never) },
          },
        ],
      },
    });
  });

  it("restores from a snapshot into a new cluster that keeps the same credentials secret", () => {
    const build = (restoreSnapshot?: string) => {
      const stack = testStack();
      const database = new TrackerDatabase(stack, "Db", {
        network: testNetwork(stack, "production"),
        tier: TIER_SETTINGS.production,
        restoreSnapshot,
      });
      return { stack, database, template: Template.fromStack(stack) };
    };
    const fresh = build();
    const restored = build("tracker-restore-2025-06-01");
    const secretIds = (template: Template) =>
      Object.keys(template.findResources("AWS::SecretsManager::Secret"));
    expect(secretIds(restored.template)).toEqual(secretIds(fresh.template));
    expect(secretIds(restored.template)).toHaveLength(1);
    const [secretId] = secretIds(restored.template);
    restored.template.hasResourceProperties("AWS::RDS::DBCluster", {
      SnapshotIdentifier: "tracker-restore-2025-06-01",
      DatabaseName: Match.absent(),
      MasterUserPassword: {
        "Fn::Join": [
          "",
          ["{{resolve:secretsmanager:", { Ref: secretId }, ":SecretString:password::}}"],
        ],
      },
      EnableHttpEndpoint: true,
      DeletionProtection: true,
    });
    fresh.template.hasResourceProperties("AWS::RDS::DBCluster", {
      SnapshotIdentifier: Match.absent(),
      DatabaseName: "tracker",
    });
    expect(restored.stack.getLogicalId(restored.database.cluster.node.defaultChild as never)).toBe(
      fresh.stack.getLogicalId(fresh.database.cluster.node.defaultChild as never),
    );
  });

  it("rejects a snapshot reference that is neither an identifier nor an ARN", () => {
    const stack = testStack();
    expect(
      () =>
        new TrackerDatabase(stack, "Db", {
          network: testNetwork(stack),
          tier: TIER_SETTINGS.personal,
          restoreSnapshot: "s3://bucket/snapshot",
        }),
    ).toThrow(/"s3:\/\/bucket\/snapshot"/);
  });

  it("passes cdk-nag in both tiers (accepted findings carry reasons)", () => {
    for (const tier of ["personal", "production"] as const) {
      const stack = testStack();
      new TrackerDatabase(stack, "Db", {
        network: testNetwork(stack, tier),
        tier: TIER_SETTINGS[tier],
      });
      expect(unacknowledgedNagErrors(stack)).toEqual([]);
    }
  });
});
