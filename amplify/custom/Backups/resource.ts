import { existsSync } from "node:fs";
import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import * as s3 from "aws-cdk-lib/aws-s3";
import type * as sns from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";
import type { TrackerDatabase } from "../Database/resource";
import { DATA_API_BUNDLING, dataApiEnvironment, MIGRATION_RUNTIME } from "../Migrations/resource";

export interface TrackerBackupsProps {
  readonly database: TrackerDatabase;
  /** Path of amplify/functions/backup/handler.ts. */
  readonly entry: string;
  /** Where the backup alarm goes (the monitoring topic). */
  readonly alarmTopic?: sns.ITopic;
  /** @default every day at 03:30 UTC */
  readonly schedule?: events.Schedule;
}

/** Kept: daily exports 35 days, monthly ones (the 1st) 400 days, overwritten versions 30 days. */
export const BACKUP_RETENTION = { dailyDays: 35, monthlyDays: 400, noncurrentDays: 30 } as const;

/**
 * The cloud backup: every day a function exports everything through the Data API (the app's
 * own export code) into a private, encrypted, versioned bucket that outlives the stack, and
 * an alarm fires when a day passes without a successful backup.
 */
export class TrackerBackups extends Construct {
  readonly bucket: s3.Bucket;
  readonly function: nodejs.NodejsFunction;
  readonly rule: events.Rule;
  readonly alarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: TrackerBackupsProps) {
    super(scope, id);
    if (!existsSync(props.entry)) throw new Error(`backup handler not found at "${props.entry}"`);
    const noncurrent = Duration.days(BACKUP_RETENTION.noncurrentDays);
    this.bucket = new s3.Bucket(this, "Bucket", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // SSE-S3: the data is encrypted at rest without a KMS key to pay for, rotate and grant.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: "daily",
          prefix: "daily/",
          expiration: Duration.days(BACKUP_RETENTION.dailyDays),
          noncurrentVersionExpiration: noncurrent,
        },
        {
          id: "monthly",
          prefix: "monthly/",
          expiration: Duration.days(BACKUP_RETENTION.monthlyDays),
          noncurrentVersionExpiration: noncurrent,
        },
        { id: "uploads", abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });

    const { database } = props;
    this.function = new nodejs.NodejsFunction(this, "Function", {
      entry: props.entry,
      handler: "handler",
      runtime: MIGRATION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.minutes(10),
      description: "Exports everything in Tracker to the backup bucket through the RDS Data API",
      environment: {
        ...dataApiEnvironment(database),
        TRACKER_BACKUP_BUCKET: this.bucket.bucketName,
      },
      logGroup: new logs.LogGroup(this, "Logs", {
        retention: logs.RetentionDays.THREE_MONTHS,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
      bundling: DATA_API_BUNDLING,
    });
    database.grantDataApiAccess(this.function);
    // Only new objects under the two prefixes: no reading, listing or deleting backups.
    const prefixes = ["daily/*", "monthly/*"];
    this.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["s3:PutObject"],
        resources: prefixes.map((prefix) => this.bucket.arnForObjects(prefix)),
      }),
    );

    this.rule = new events.Rule(this, "Schedule", {
      description: "Daily Tracker backup",
      schedule: props.schedule ?? events.Schedule.cron({ minute: "30", hour: "3" }),
      targets: [new targets.LambdaFunction(this.function, { retryAttempts: 2 })],
    });

    // Missing data counts as failing: a day without a successful run is a day without a backup.
    const succeeded = new cloudwatch.MathExpression({
      expression: "invocations - errors",
      usingMetrics: {
        invocations: this.function.metricInvocations({
          period: Duration.days(1),
          statistic: "Sum",
        }),
        errors: this.function.metricErrors({ period: Duration.days(1), statistic: "Sum" }),
      },
      period: Duration.days(1),
    });
    this.alarm = new cloudwatch.Alarm(this, "NoBackupAlarm", {
      alarmDescription:
        "No successful Tracker backup in the last day (the function failed or did not run).",
      metric: succeeded,
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    if (props.alarmTopic) {
      this.alarm.addAlarmAction(new actions.SnsAction(props.alarmTopic));
      this.alarm.addOkAction(new actions.SnsAction(props.alarmTopic));
    }

    Validations.of(this.bucket).acknowledge({
      id: "AwsSolutions-S1",
      reason:
        "Only the backup function writes here; the function's logs name every object it " +
        "writes, and versioning keeps every overwritten version for 30 days.",
    });
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket);
    Validations.of(this.function).acknowledge(
      ...prefixes.map((prefix) => ({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}]`,
        reason: "New backup objects have dated names under this prefix; PutObject only.",
      })),
      {
        id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        reason: "The managed basic execution policy only lets the function write its own logs.",
      },
    );
  }

  /** Lets an operator (or a restore job) read the backups. */
  grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.bucket.grantRead(grantee);
  }
}
