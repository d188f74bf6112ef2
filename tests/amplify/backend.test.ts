/**
 * Whole-backend synthesis of amplify/backend.ts, offline, for both tiers: one test per
 * requirement of the "Production on AWS" issue (seed architecture sections 3-12, variant 12).
 */
import { Match, Template } from "aws-cdk-lib/assertions";
import { rootTemplate, synthBackend, trackerTemplate } from "./helpers/run-synth";
import type { SynthReport } from "./helpers/synth-report";
import {
  actionsOf,
  dependsOn,
  onlyResource,
  referencedIds,
  resourcesOf,
  statementsOfRole,
} from "./helpers/template-queries";

const APP_ID = "d1example0app";
const DATA_API_ACTIONS = [
  "rds-data:ExecuteStatement",
  "rds-data:BatchExecuteStatement",
  "rds-data:BeginTransaction",
  "rds-data:CommitTransaction",
  "rds-data:RollbackTransaction",
];

let production: SynthReport;
let personal: SynthReport;
let prod: Template;
let pers: Template;

beforeAll(async () => {
  [production, personal] = await Promise.all([
    synthBackend({
      namespace: APP_ID,
      name: "main",
      type: "branch",
      env: { TRACKER_ALARM_EMAIL: "owner@example.com", AWS_JOB_ID: "0000000042" },
    }),
    synthBackend({ namespace: APP_ID, name: "feature-charts", type: "branch" }),
  ]);
  prod = Template.fromJSON(trackerTemplate(production));
  pers = Template.fromJSON(trackerTemplate(personal));
}, 180_000);

const tiers = () =>
  [
    ["production", prod],
    ["personal", pers],
  ] as const;

function clusterOf(template: Template) {
  return onlyResource(template, "AWS::RDS::DBCluster");
}

describe("network (seed §3: VPC over 2+ AZs, public / private app / private data subnets)", () => {
  it("VPC spans two Availability Zones with public, app and data subnets", () => {
    for (const [, template] of tiers()) {
      const subnets = resourcesOf(template, "AWS::EC2::Subnet");
      expect(subnets).toHaveLength(6);
      const azs = subnets.map(([, subnet]) => JSON.stringify(subnet.Properties?.AvailabilityZone));
      expect(new Set(azs).size).toBe(2);
      const names = subnets.map(([id]) => id.replace(/Subnet\dSubnet.*/, ""));
      expect(new Set(names)).toEqual(
        new Set(["TrackerNetworkVpcpublic", "TrackerNetworkVpcapp", "TrackerNetworkVpcdata"]),
      );
    }
  });

  it("no NAT gateway: app and data subnets are isolated, nothing inside needs the internet", () => {
    for (const [, template] of tiers()) {
      template.resourceCountIs("AWS::EC2::NatGateway", 0);
      const routes = resourcesOf(template, "AWS::EC2::Route");
      // Only the two public subnets route to the internet gateway.
      expect(routes).toHaveLength(2);
      for (const [id] of routes) expect(id).toMatch(/^TrackerNetworkVpcpublic/);
    }
  });

  it("rotation reaches Secrets Manager through a VPC endpoint (1 AZ personal, 2 AZs production)", () => {
    for (const [tier, template] of tiers()) {
      const [, endpoint] = onlyResource(template, "AWS::EC2::VPCEndpoint");
      expect(JSON.stringify(endpoint.Properties?.ServiceName)).toContain(".secretsmanager");
      expect(endpoint.Properties?.PrivateDnsEnabled).toBe(true);
      const subnets = endpoint.Properties?.SubnetIds as unknown[];
      expect(subnets).toHaveLength(tier === "production" ? 2 : 1);
      expect(referencedIds(subnets).every((id) => id.startsWith("TrackerNetworkVpcapp"))).toBe(
        true,
      );
    }
  });

  it("VPC flow logs are recorded", () => {
    for (const [, template] of tiers()) {
      template.hasResourceProperties("AWS::EC2::FlowLog", {
        ResourceType: "VPC",
        TrafficType: "ALL",
        LogDestinationType: "cloud-watch-logs",
      });
    }
  });
});

describe("database (seed §5: managed PostgreSQL, backups + PITR, Multi-AZ in production)", () => {
  it("database is Aurora PostgreSQL Serverless v2 on an engine with Data API and scale to zero", () => {
    for (const [, template] of tiers()) {
      const [, cluster] = clusterOf(template);
      expect(cluster.Properties).toMatchObject({
        Engine: "aurora-postgresql",
        DatabaseName: "tracker",
      });
      const [major, minor] = String(cluster.Properties?.EngineVersion).split(".").map(Number);
      // Aurora PostgreSQL 17.4+ has both the Data API and 0-ACU auto-pause.
      expect(major).toBe(17);
      expect(minor).toBeGreaterThanOrEqual(4);
      for (const [, instance] of resourcesOf(template, "AWS::RDS::DBInstance")) {
        expect(instance.Properties?.DBInstanceClass).toBe("db.serverless");
      }
    }
  });

  it("database is not publicly accessible and lives in the isolated data subnets", () => {
    for (const [, template] of tiers()) {
      for (const [, instance] of resourcesOf(template, "AWS::RDS::DBInstance")) {
        expect(instance.Properties?.PubliclyAccessible).toBe(false);
      }
      const [, subnetGroup] = onlyResource(template, "AWS::RDS::DBSubnetGroup");
      const subnets = referencedIds(subnetGroup.Properties?.SubnetIds);
      expect(subnets).toHaveLength(2);
      expect(subnets.every((id) => id.startsWith("TrackerNetworkVpcdata"))).toBe(true);
    }
  });

  it("database storage is encrypted", () => {
    for (const [, template] of tiers()) {
      template.hasResourceProperties("AWS::RDS::DBCluster", { StorageEncrypted: true });
    }
  });

  it("Data API is enabled (the app's only way in, over HTTPS with IAM)", () => {
    for (const [, template] of tiers()) {
      template.hasResourceProperties("AWS::RDS::DBCluster", { EnableHttpEndpoint: true });
    }
  });

  it("credentials are generated into Secrets Manager, never written in the template", () => {
    for (const [, template] of tiers()) {
      const [clusterId, cluster] = clusterOf(template);
      const password = JSON.stringify(cluster.Properties?.MasterUserPassword);
      expect(password).toContain("{{resolve:secretsmanager:");
      const generated = resourcesOf(template, "AWS::SecretsManager::Secret").filter(([id]) =>
        password.includes(id),
      );
      expect(generated).toHaveLength(1);
      expect(generated[0]?.[1].Properties?.GenerateSecretString).toMatchObject({
        GenerateStringKey: "password",
      });
      template.hasResourceProperties("AWS::SecretsManager::SecretTargetAttachment", {
        TargetId: { Ref: clusterId },
        TargetType: "AWS::RDS::DBCluster",
      });
    }
  });

  it("security group has no inbound rule from outside the VPC", () => {
    for (const [, template] of tiers()) {
      const inline = resourcesOf(template, "AWS::EC2::SecurityGroup").flatMap(
        ([, group]) => (group.Properties?.SecurityGroupIngress as unknown[] | undefined) ?? [],
      );
      expect(inline).toEqual([]);
      const rules = resourcesOf(template, "AWS::EC2::SecurityGroupIngress");
      expect(rules.length).toBeGreaterThan(0);
      for (const [, rule] of rules) {
        expect(rule.Properties).not.toHaveProperty("CidrIp");
        expect(rule.Properties).not.toHaveProperty("CidrIpv6");
        expect(rule.Properties).toHaveProperty("SourceSecurityGroupId");
      }
    }
  });

  it("only the rotation function may open a connection to the database port", () => {
    for (const [, template] of tiers()) {
      const [clusterId, cluster] = clusterOf(template);
      const [databaseGroup] = referencedIds(cluster.Properties?.VpcSecurityGroupIds);
      const toDatabase = resourcesOf(template, "AWS::EC2::SecurityGroupIngress").filter(
        ([, rule]) => referencedIds(rule.Properties?.GroupId).includes(databaseGroup ?? "?"),
      );
      expect(toDatabase).toHaveLength(1);
      const [, rule] = toDatabase[0] ?? [];
      const [rotationGroup] = referencedIds(rule?.Properties?.SourceSecurityGroupId);
      template.hasResourceProperties("AWS::SecretsManager::RotationSchedule", {
        HostedRotationLambda: Match.objectLike({
          VpcSecurityGroupIds: { "Fn::GetAtt": [rotationGroup, "GroupId"] },
        }),
      });
      expect(JSON.stringify(rule?.Properties?.FromPort)).toContain(clusterId);
    }
  });

  it("automated backups with point-in-time recovery: 7 days personal, 30 days production", () => {
    prod.hasResourceProperties("AWS::RDS::DBCluster", { BackupRetentionPeriod: 30 });
    pers.hasResourceProperties("AWS::RDS::DBCluster", { BackupRetentionPeriod: 7 });
  });

  it("personal tier scales to zero ACU (auto-pause) with a single writer", () => {
    pers.hasResourceProperties("AWS::RDS::DBCluster", {
      ServerlessV2ScalingConfiguration: { MinCapacity: 0, SecondsUntilAutoPause: 300 },
    });
    pers.resourceCountIs("AWS::RDS::DBInstance", 1);
  });

  it("production tier keeps 0.5 ACU and a reader in a second Availability Zone (Multi-AZ)", () => {
    prod.hasResourceProperties("AWS::RDS::DBCluster", {
      ServerlessV2ScalingConfiguration: Match.objectLike({ MinCapacity: 0.5 }),
    });
    const instances = resourcesOf(prod, "AWS::RDS::DBInstance").map(([, i]) => i.Properties);
    expect(instances).toHaveLength(2);
    const zones = instances.map((properties) => JSON.stringify(properties?.AvailabilityZone));
    expect(new Set(zones).size).toBe(2);
    expect(instances.map((properties) => properties?.PromotionTier).sort()).toEqual([0, 1]);
  });

  it("production tier has deletion protection; both tiers keep a snapshot on removal", () => {
    prod.hasResourceProperties("AWS::RDS::DBCluster", { DeletionProtection: true });
    pers.hasResourceProperties("AWS::RDS::DBCluster", { DeletionProtection: false });
    for (const [, template] of tiers()) {
      const [, cluster] = clusterOf(template);
      expect(cluster.DeletionPolicy).toBe("Snapshot");
      expect(cluster.UpdateReplacePolicy).toBe("Snapshot");
    }
  });
});

describe("secrets (seed §6: strong secrets from Secrets Manager, rotation)", () => {
  it("database credentials rotate through the hosted single-user rotation inside the VPC", () => {
    for (const [, template] of tiers()) {
      template.hasResourceProperties("AWS::SecretsManager::RotationSchedule", {
        HostedRotationLambda: Match.objectLike({
          RotationType: "PostgreSQLSingleUser",
          VpcSubnetIds: Match.anyValue(),
        }),
        RotationRules: { ScheduleExpression: "rate(30 days)" },
        RotateImmediatelyOnUpdate: false,
      });
      expect(template.toJSON().Transform).toMatch(/^AWS::SecretsManager-/);
    }
  });

  it("session signing secret is generated with 64 characters", () => {
    for (const [, template] of tiers()) {
      template.hasResourceProperties("AWS::SecretsManager::Secret", {
        Description: Match.stringLikeRegexp("session signing secret"),
        GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true, IncludeSpace: false },
      });
    }
  });

  it("owner setup token is generated", () => {
    for (const [, template] of tiers()) {
      template.hasResourceProperties("AWS::SecretsManager::Secret", {
        Description: Match.stringLikeRegexp("setup token"),
        GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
      });
    }
  });
});

describe("SSR compute role (the app's only AWS identity)", () => {
  function computeRole(template: Template) {
    const roles = resourcesOf(template, "AWS::IAM::Role").filter(([id]) =>
      id.startsWith("TrackerComputeRole"),
    );
    expect(roles).toHaveLength(1);
    return roles[0] as (typeof roles)[number];
  }

  it("compute role is trusted by amplify.amazonaws.com only", () => {
    for (const [, template] of tiers()) {
      const [, role] = computeRole(template);
      expect(role.Properties?.AssumeRolePolicyDocument).toEqual({
        Version: "2012-10-17",
        Statement: [
          {
            Action: "sts:AssumeRole",
            Effect: "Allow",
            Principal: { Service: "amplify.amazonaws.com" },
          },
        ],
      });
      expect(role.Properties).not.toHaveProperty("ManagedPolicyArns");
    }
  });

  it("compute role may only call the Data API on this cluster", () => {
    for (const [, template] of tiers()) {
      const [roleId] = computeRole(template);
      const [clusterId] = clusterOf(template);
      const dataApi = statementsOfRole(template, roleId).filter((statement) =>
        actionsOf(statement).some((action) => action.startsWith("rds-data:")),
      );
      expect(dataApi).toHaveLength(1);
      expect(actionsOf(dataApi[0]!).sort()).toEqual([...DATA_API_ACTIONS].sort());
      expect(referencedIds(dataApi[0]!.Resource)).toEqual([clusterId]);
      expect(JSON.stringify(dataApi[0]!.Resource)).toContain(":cluster:");
    }
  });

  it("compute role may read exactly the database, session and setup secrets, nothing else", () => {
    for (const [, template] of tiers()) {
      const [roleId] = computeRole(template);
      const statements = statementsOfRole(template, roleId);
      const others = statements.filter(
        (s) => !actionsOf(s).every((a) => a.startsWith("rds-data:")),
      );
      for (const statement of others) {
        expect(actionsOf(statement)).toEqual(["secretsmanager:GetSecretValue"]);
      }
      const secrets = others.flatMap((statement) => referencedIds(statement.Resource)).sort();
      expect(secrets).toHaveLength(3);
      expect(secrets.some((id) => id.startsWith("TrackerDatabaseCredentialsAttachment"))).toBe(
        true,
      );
      expect(secrets.some((id) => id.startsWith("TrackerSecretsSessionSecret"))).toBe(true);
      expect(secrets.some((id) => id.startsWith("TrackerSecretsSetupToken"))).toBe(true);
      expect(JSON.stringify(statements)).not.toMatch(/kms:|"\*"/);
    }
  });

  it("compute role is attached to the branch by UpdateBranch with PassRole scoped to it", () => {
    for (const [, template] of tiers()) {
      const [roleId] = computeRole(template);
      const [, attachment] = onlyResource(template, "Custom::TrackerComputeRoleAttachment");
      const create = JSON.stringify(attachment.Properties?.Create);
      expect(create).toContain('\\"action\\":\\"UpdateBranch\\"');
      expect(create).toContain(`\\"appId\\":\\"${APP_ID}\\"`);
      expect(create).toContain(roleId);
      const policy = resourcesOf(template, "AWS::IAM::Policy").find(([id]) =>
        id.startsWith("TrackerComputeRoleAttachToBranchCustomResourcePolicy"),
      );
      const statements = (policy?.[1].Properties?.PolicyDocument as { Statement: unknown[] })
        .Statement;
      expect(statements).toEqual([
        expect.objectContaining({ Action: "amplify:UpdateBranch" }),
        {
          Action: "iam:PassRole",
          Effect: "Allow",
          Resource: { "Fn::GetAtt": [roleId, "Arn"] },
          Condition: { StringEquals: { "iam:PassedToService": "amplify.amazonaws.com" } },
        },
      ]);
    }
    const [, prodAttachment] = onlyResource(prod, "Custom::TrackerComputeRoleAttachment");
    const [, persAttachment] = onlyResource(pers, "Custom::TrackerComputeRoleAttachment");
    expect(JSON.stringify(prodAttachment.Properties?.Create)).toContain(
      '\\"branchName\\":\\"main\\"',
    );
    expect(JSON.stringify(persAttachment.Properties?.Create)).toContain(
      '\\"branchName\\":\\"feature-charts\\"',
    );
  });

  it("the custom stack deploys after Amplify's branch linker (no interleaved UpdateBranch)", () => {
    const root = Template.fromJSON(rootTemplate(production));
    const [, nested] = onlyResource(root, "AWS::CloudFormation::Stack");
    const [linkerId] = onlyResource(root, "Custom::AmplifyBranchLinkerResource");
    expect(dependsOn(nested)).toContain(linkerId);
  });
});

describe("WAF (seed §3 TLS / Edge Security: managed rules + rate limits)", () => {
  it("web ACL has scope CLOUDFRONT and is only created when the app is in us-east-1", () => {
    const [, acl] = onlyResource(prod, "AWS::WAFv2::WebACL");
    expect(acl.Properties?.Scope).toBe("CLOUDFRONT");
    const conditions = prod.toJSON().Conditions as Record<string, unknown>;
    expect(conditions[acl.Condition ?? "?"]).toEqual({
      "Fn::Equals": [{ Ref: "AWS::Region" }, "us-east-1"],
    });
  });

  it("web ACL uses the AWS managed rule groups", () => {
    const [, acl] = onlyResource(prod, "AWS::WAFv2::WebACL");
    const rules = acl.Properties?.Rules as Array<{ Statement: Record<string, { Name?: string }> }>;
    const managed = rules
      .map((rule) => rule.Statement.ManagedRuleGroupStatement?.Name)
      .filter(Boolean);
    expect(managed.sort()).toEqual([
      "AWSManagedRulesAmazonIpReputationList",
      "AWSManagedRulesCommonRuleSet",
      "AWSManagedRulesKnownBadInputsRuleSet",
    ]);
  });

  it("web ACL rate-limits every client and more strictly on the login path", () => {
    const [, acl] = onlyResource(prod, "AWS::WAFv2::WebACL");
    const rules = acl.Properties?.Rules as Array<{
      Action?: unknown;
      Statement: { RateBasedStatement?: { Limit: number; ScopeDownStatement?: unknown } };
    }>;
    const rateRules = rules.filter((rule) => rule.Statement.RateBasedStatement);
    expect(rateRules).toHaveLength(2);
    const login = rateRules.find((rule) => rule.Statement.RateBasedStatement?.ScopeDownStatement);
    const global = rateRules.find((rule) => !rule.Statement.RateBasedStatement?.ScopeDownStatement);
    expect(login?.Action).toEqual({ Block: {} });
    expect(global?.Action).toEqual({ Block: {} });
    expect(login!.Statement.RateBasedStatement!.Limit).toBeLessThan(
      global!.Statement.RateBasedStatement!.Limit,
    );
    const scope = JSON.stringify(login!.Statement.RateBasedStatement!.ScopeDownStatement);
    expect(scope).toContain('"SearchString":"/api/auth/callback/credentials"');
    expect(scope).toContain('"SearchString":"/login"');
  });

  it("web ACL is associated with the Amplify app (arn:aws:amplify:<region>:<account>:apps/<appId>)", () => {
    const [aclId, acl] = onlyResource(prod, "AWS::WAFv2::WebACL");
    const [, association] = onlyResource(prod, "AWS::WAFv2::WebACLAssociation");
    expect(association.Condition).toBe(acl.Condition);
    expect(association.Properties?.WebACLArn).toEqual({ "Fn::GetAtt": [aclId, "Arn"] });
    const arn = JSON.stringify(association.Properties?.ResourceArn);
    expect(arn).toContain(":amplify:");
    expect(arn).toContain('{"Ref":"AWS::Region"}');
    expect(arn).toContain('{"Ref":"AWS::AccountId"}');
    expect(arn).toContain(`:apps/${APP_ID}"`);
  });

  it("feature branches leave the app-wide web ACL to the primary branch", () => {
    pers.resourceCountIs("AWS::WAFv2::WebACL", 0);
    pers.resourceCountIs("AWS::WAFv2::WebACLAssociation", 0);
  });
});

describe("alarms and dashboard (seed §8: CloudWatch alarms to SNS/email)", () => {
  function alarmsByMetric(template: Template) {
    return resourcesOf(template, "AWS::CloudWatch::Alarm").map(
      ([, alarm]) => alarm.Properties ?? {},
    );
  }

  it("alarms notify an SNS topic that emails TRACKER_ALARM_EMAIL", () => {
    const [topicId] = onlyResource(prod, "AWS::SNS::Topic");
    prod.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "owner@example.com",
      TopicArn: { Ref: topicId },
    });
    for (const alarm of alarmsByMetric(prod)) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      // Only "no backup today" counts silence as failure: a backup that did not run is one.
      const backup = String(alarm.AlarmDescription).startsWith("No successful Tracker backup");
      expect(alarm.TreatMissingData).toBe(backup ? "breaching" : "notBreaching");
    }
    pers.resourceCountIs("AWS::SNS::Subscription", 0);
  });

  it("Amplify 5xx errors and latency alarm on the app (AWS/AmplifyHosting, dimension App)", () => {
    const hosting = alarmsByMetric(prod).filter(
      (alarm) => alarm.Namespace === "AWS/AmplifyHosting",
    );
    expect(hosting.map((alarm) => alarm.MetricName).sort()).toEqual(["5xxErrors", "Latency"]);
    for (const alarm of hosting) expect(alarm.Dimensions).toEqual([{ Name: "App", Value: APP_ID }]);
  });

  it("Aurora CPU, ACU utilization, connections and freeable memory alarm in both tiers", () => {
    for (const [, template] of tiers()) {
      const [clusterId] = clusterOf(template);
      const aurora = alarmsByMetric(template).filter((alarm) => alarm.Namespace === "AWS/RDS");
      expect(aurora.map((alarm) => alarm.MetricName).sort()).toEqual([
        "ACUUtilization",
        "CPUUtilization",
        "DatabaseConnections",
        "FreeableMemory",
      ]);
      for (const alarm of aurora) {
        expect(alarm.Dimensions).toEqual([
          { Name: "DBClusterIdentifier", Value: { Ref: clusterId } },
        ]);
      }
    }
  });

  it("the primary branch has 7 alarms; a feature branch its 4 database alarms and the backup one (cost.md)", () => {
    expect(alarmsByMetric(prod)).toHaveLength(7);
    const feature = alarmsByMetric(pers);
    expect(feature).toHaveLength(5);
    expect(new Set(feature.map((alarm) => alarm.Namespace ?? "backup"))).toEqual(
      new Set(["AWS/RDS", "backup"]),
    );
  });

  it("a dashboard shows the app and database metrics", () => {
    const [, dashboard] = onlyResource(prod, "AWS::CloudWatch::Dashboard");
    const body = JSON.stringify(dashboard.Properties?.DashboardBody);
    for (const metric of [
      "5xxErrors",
      "Latency",
      "CPUUtilization",
      "ACUUtilization",
      "DatabaseConnections",
      "FreeableMemory",
    ]) {
      expect(body).toContain(metric);
    }
  });

  it("Aurora exports its PostgreSQL log (errors) to CloudWatch Logs, kept for 90 days", () => {
    for (const [, template] of tiers()) {
      const [clusterId, cluster] = clusterOf(template);
      expect(cluster.Properties?.EnableCloudwatchLogsExports).toEqual(["postgresql"]);
      const [, retention] = onlyResource(template, "Custom::LogRetention");
      expect(retention.Properties?.RetentionInDays).toBe(90);
      expect(retention.Properties?.LogGroupName).toEqual({
        "Fn::Join": ["", ["/aws/rds/cluster/", { Ref: clusterId }, "/postgresql"]],
      });
    }
  });

  it("a saved Logs Insights query finds error-level JSON (pino) logs of the app", () => {
    prod.hasResourceProperties("AWS::Logs::QueryDefinition", {
      LogGroupNames: [`/aws/amplify/${APP_ID}`],
      QueryString: Match.stringLikeRegexp("filter level >= 50"),
    });
  });
});

describe("migrations on deploy (seed §11: startup migration step in the deployment)", () => {
  it("a trigger runs the migration function after the cluster and its instances exist", () => {
    for (const [, template] of tiers()) {
      const [, trigger] = onlyResource(template, "Custom::Trigger");
      const [clusterId] = clusterOf(template);
      const instances = resourcesOf(template, "AWS::RDS::DBInstance").map(([id]) => id);
      expect(dependsOn(trigger)).toEqual(expect.arrayContaining([clusterId, ...instances]));
      expect(trigger.Properties).toMatchObject({ InvocationType: "RequestResponse" });
      const [versionId] = onlyResource(template, "AWS::Lambda::Version");
      expect(trigger.Properties?.HandlerArn).toEqual({ Ref: versionId });
    }
  });

  it("the migration function changes with every Amplify build, so every deploy runs it", () => {
    prod.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ TRACKER_DEPLOYMENT_ID: "0000000042" }) },
    });
  });

  it("the migration function may only use the Data API on this cluster and read the DB secret", () => {
    for (const [, template] of tiers()) {
      const fn = resourcesOf(template, "AWS::Lambda::Function").find(([id]) =>
        id.startsWith("TrackerMigrationsFunction"),
      );
      const [roleId] = referencedIds(fn?.[1].Properties?.Role);
      const statements = statementsOfRole(template, roleId ?? "?");
      const [clusterId] = clusterOf(template);
      expect(statements).toHaveLength(2);
      expect(actionsOf(statements[0]!).sort()).toEqual([...DATA_API_ACTIONS].sort());
      expect(referencedIds(statements[0]!.Resource)).toEqual([clusterId]);
      expect(actionsOf(statements[1]!)).toEqual(["secretsmanager:GetSecretValue"]);
      expect(referencedIds(statements[1]!.Resource)[0]).toMatch(
        /^TrackerDatabaseCredentialsAttachment/,
      );
      expect(fn?.[1].Properties).not.toHaveProperty("VpcConfig");
    }
  });
});

describe("outputs: the contract with the app (amplify_outputs.json custom.tracker)", () => {
  it("custom.tracker carries region, Data API ARN, secret ARNs and database name, no values", () => {
    const root = rootTemplate(production) as { Outputs: Record<string, { Value: unknown }> };
    const joined = JSON.stringify(root.Outputs.customOutputs?.Value);
    for (const key of [
      "region",
      "dataApiResourceArn",
      "dbSecretArn",
      "databaseName",
      "sessionSecretArn",
      "setupTokenSecretArn",
    ]) {
      expect(joined).toContain(`\\"${key}\\":\\"`);
    }
    expect(joined).toContain('\\"databaseName\\":\\"tracker\\"');
    expect(joined).not.toMatch(/resolve:secretsmanager|SecretString/);
  });
});

describe("review (cdk-nag AwsSolutions)", () => {
  it("cdk-nag AwsSolutions reports no unacknowledged error in either tier", () => {
    for (const report of [production, personal]) {
      const errors = report.violations.filter((violation) => violation.severity === "error");
      expect(errors).toEqual([]);
    }
  });

  it("every acknowledged finding carries a reason", () => {
    for (const report of [production, personal]) {
      const nag = report.acknowledgements.filter((ack) => ack.id.includes("AwsSolutions-"));
      expect(nag.length).toBeGreaterThan(0);
      for (const ack of nag) expect(ack.reason.length).toBeGreaterThan(40);
    }
  });
});
