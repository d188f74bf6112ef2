import { existsSync } from "node:fs";
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import * as triggers from "aws-cdk-lib/triggers";
import { Construct } from "constructs";
import type { TrackerDatabase } from "../Database/resource";

/**
 * TypeORM loads its Data API driver with a computed `require(name)` that esbuild cannot
 * follow, so the driver (and its one dependency) ship next to the bundle in node_modules.
 */
export const RUNTIME_MODULES: readonly string[] = ["typeorm-aurora-data-api-driver", "sqlstring"];

function copyRuntimeModules(inputDir: string, outputDir: string): string[] {
  const sources = RUNTIME_MODULES.map((name) => `"${inputDir}/node_modules/${name}"`).join(" ");
  return [`mkdir -p "${outputDir}/node_modules"`, `cp -R ${sources} "${outputDir}/node_modules/"`];
}

/**
 * The function's runtime. The bundle sets no esbuild `target`, so aws-lambda-nodejs derives
 * it from this runtime (nodejs24.x → node24) and the two cannot drift apart.
 */
export const MIGRATION_RUNTIME = lambda.Runtime.NODEJS_24_X;

/** How every function that runs the app's code through the Data API is bundled. */
export const DATA_API_BUNDLING: nodejs.BundlingOptions = {
  format: nodejs.OutputFormat.CJS,
  sourceMap: true,
  // The Node.js runtime ships the AWS SDK v3; pg-native is an optional pg add-on.
  externalModules: ["@aws-sdk/*", "pg-native"],
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) => copyRuntimeModules(inputDir, outputDir),
  },
};

/** What such a function reads to reach the database (`targetFromEnvironment`). */
export function dataApiEnvironment(database: TrackerDatabase): Record<string, string> {
  return {
    TRACKER_DATA_API_RESOURCE_ARN: database.cluster.clusterArn,
    TRACKER_DB_SECRET_ARN: database.secret.secretArn,
    TRACKER_DATABASE_NAME: database.databaseName,
    NODE_OPTIONS: "--enable-source-maps",
  };
}

export interface TrackerMigrationsProps {
  readonly database: TrackerDatabase;
  /** Path of amplify/functions/migrate/handler.ts. */
  readonly entry: string;
  /**
   * Changes with every deploy (the Amplify build's job id) so the trigger runs on every
   * deploy, not only when the bundled code changes. Pending migrations are then applied.
   */
  readonly deploymentId?: string;
  /** @default 10 minutes (a paused database takes up to ~30 s to resume) */
  readonly timeout?: Duration;
}

/**
 * Applies pending database migrations during `ampx pipeline-deploy`, after the cluster and
 * its instances exist and before the frontend build starts. The function talks to the
 * Data API over HTTPS, so it runs outside the VPC. If it throws, the trigger fails the
 * CloudFormation deployment and the previous frontend keeps serving.
 */
export class TrackerMigrations extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly trigger: triggers.Trigger;

  constructor(scope: Construct, id: string, props: TrackerMigrationsProps) {
    super(scope, id);
    if (!existsSync(props.entry)) {
      throw new Error(`migration handler not found at "${props.entry}"`);
    }
    const timeout = props.timeout ?? Duration.minutes(10);
    if (timeout.toSeconds() < 60 || timeout.toSeconds() > 900) {
      throw new Error(`timeout must be 1 to 15 minutes; got ${timeout.toHumanString()}`);
    }
    const { database } = props;

    this.function = new nodejs.NodejsFunction(this, "Function", {
      entry: props.entry,
      handler: "handler",
      runtime: MIGRATION_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout,
      description: "Applies pending Tracker database migrations through the RDS Data API",
      environment: {
        ...dataApiEnvironment(database),
        ...(props.deploymentId ? { TRACKER_DEPLOYMENT_ID: props.deploymentId } : {}),
      },
      logGroup: new logs.LogGroup(this, "Logs", {
        retention: logs.RetentionDays.THREE_MONTHS,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
      currentVersionOptions: { removalPolicy: RemovalPolicy.DESTROY },
      bundling: DATA_API_BUNDLING,
    });
    database.grantDataApiAccess(this.function);

    this.trigger = new triggers.Trigger(this, "Trigger", {
      handler: this.function,
      executeAfter: [database],
      executeOnHandlerChange: true,
      timeout,
    });

    Validations.of(this.function).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason:
        "The managed basic execution policy only lets the function write its own logs; its data " +
        "access is the Data API grant on this cluster and secret.",
    });
  }
}
