import { Match, Template } from "aws-cdk-lib/assertions";
import * as iam from "aws-cdk-lib/aws-iam";
import * as sns from "aws-cdk-lib/aws-sns";
import { TIER_SETTINGS } from "../../amplify/config/tier";
import { BACKUP_RETENTION, TrackerBackups } from "../../amplify/custom/Backups/resource";
import { TrackerDatabase } from "../../amplify/custom/Database/resource";
import { BACKUP_ENTRY, testNetwork, testStack, unacknowledgedNagErrors } from "./helpers/stack";

function backups() {
  const stack = testStack();
  const database = new TrackerDatabase(stack, "Db", {
    network: testNetwork(stack),
    tier: TIER_SETTINGS.personal,
  });
  const topic = new sns.Topic(stack, "Alarms", { enforceSSL: true });
  const construct = new TrackerBackups(stack, "Backups", {
    database,
    entry: BACKUP_ENTRY,
    alarmTopic: topic,
  });
  const operator = new iam.Role(stack, "Operator", { assumedBy: new iam.AccountRootPrincipal() });
  construct.grantRead(operator);
  return { stack, construct, template: Template.fromStack(stack) };
}

type Statement = { Action: string | string[]; Resource: unknown };

function statementsOf(template: Template, roleLogicalIdPrefix: string): Statement[] {
  const policies = template.findResources("AWS::IAM::Policy");
  return Object.entries(policies)
    .filter(([id]) => id.startsWith(roleLogicalIdPrefix))
    .flatMap(
      ([, policy]) =>
        (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
          .PolicyDocument.Statement,
    );
}

describe("TrackerBackups", () => {
  it("keeps backups in a private, SSL-only, encrypted, versioned bucket that outlives the stack", () => {
    const { template } = backups();
    template.hasResource("AWS::S3::Bucket", {
      DeletionPolicy: "Retain",
      Properties: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } },
          ],
        },
        VersioningConfiguration: { Status: "Enabled" },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              Prefix: "daily/",
              ExpirationInDays: BACKUP_RETENTION.dailyDays,
              NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            }),
            Match.objectLike({
              Prefix: "monthly/",
              ExpirationInDays: BACKUP_RETENTION.monthlyDays,
            }),
          ]),
        },
      },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
        ]),
      },
    });
  });

  it("runs the function every day at 03:30 UTC, retrying twice", () => {
    const { template } = backups();
    template.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "cron(30 3 * * ? *)",
      Targets: [Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 2 } })],
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ TRACKER_BACKUP_BUCKET: Match.anyValue() }) },
    });
  });

  it("gives the function only Data API access and PutObject on the bucket", () => {
    const { template } = backups();
    const statements = statementsOf(template, "BackupsFunctionServiceRoleDefaultPolicy");
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions.filter((action) => action.startsWith("s3:"))).toEqual(["s3:PutObject"]);
    const put = statements.find((s) => s.Action === "s3:PutObject");
    expect(JSON.stringify(put?.Resource)).toMatch(/daily\/\*.*monthly\/\*/);
    expect(actions).not.toContain("s3:*");
    expect(
      actions.some((action) => action.startsWith("s3:Get") || action.startsWith("s3:Delete")),
    ).toBe(false);
    expect(actions).toEqual(
      expect.arrayContaining(["rds-data:ExecuteStatement", "secretsmanager:GetSecretValue"]),
    );
  });

  it("alarms to the topic when a day passes without a successful backup", () => {
    const { template } = backups();
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      ComparisonOperator: "LessThanThreshold",
      Threshold: 1,
      TreatMissingData: "breaching",
      Metrics: Match.arrayWith([Match.objectLike({ Expression: "invocations - errors" })]),
      AlarmActions: [{ Ref: Match.stringLikeRegexp("^Alarms") }],
    });
  });

  it("lets an operator read the backups (grantRead) and has no unacknowledged cdk-nag error", () => {
    const { construct, template } = backups();
    const operator = statementsOf(template, "OperatorDefaultPolicy");
    expect(operator.flatMap((s) => s.Action)).toEqual(expect.arrayContaining(["s3:GetObject*"]));
    expect(unacknowledgedNagErrors(construct)).toEqual([]);
  });
});
