import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type * as ec2 from "aws-cdk-lib/aws-ec2";
import * as logs from "aws-cdk-lib/aws-logs";
import * as rds from "aws-cdk-lib/aws-rds";
import type { TierSettings } from "../../config/tier";
import type { TrackerNetwork } from "../Network/resource";

/** Aurora PostgreSQL 17.4+ supports both the Data API and scaling to 0 ACUs. */
export const TRACKER_ENGINE_VERSION = rds.AuroraPostgresEngineVersion.VER_17_7;

/** PostgreSQL's server log (errors, and whatever the parameter group adds) in CloudWatch. */
export const DATABASE_LOG_EXPORTS: readonly string[] = ["postgresql"];
export const DATABASE_LOG_RETENTION = logs.RetentionDays.THREE_MONTHS;

export type SharedClusterProps = Omit<
  rds.DatabaseClusterFromSnapshotProps,
  "snapshotIdentifier" | "snapshotCredentials" | "credentials"
>;

/**
 * Settings shared by a new cluster and one restored from a snapshot: Serverless v2 in the
 * isolated data subnets, writer in the first AZ and (production) a reader in the second.
 */
export function clusterProps(
  network: TrackerNetwork,
  tier: TierSettings,
  securityGroup: ec2.ISecurityGroup,
): SharedClusterProps {
  const [firstAz, secondAz] = network.vpc.availabilityZones;
  const reader = rds.ClusterInstance.serverlessV2("Reader", {
    publiclyAccessible: false,
    availabilityZone: secondAz,
    scaleWithWriter: true,
  });
  return {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: TRACKER_ENGINE_VERSION }),
    vpc: network.vpc,
    vpcSubnets: network.dataSubnets,
    securityGroups: [securityGroup],
    serverlessV2MinCapacity: tier.minCapacity,
    serverlessV2MaxCapacity: tier.maxCapacity,
    serverlessV2AutoPauseDuration: tier.minCapacity === 0 ? Duration.minutes(5) : undefined,
    writer: rds.ClusterInstance.serverlessV2("Writer", {
      publiclyAccessible: false,
      availabilityZone: firstAz,
    }),
    readers: tier.readerInstances > 0 ? [reader] : [],
    enableDataApi: true,
    iamAuthentication: true,
    storageEncrypted: true,
    // Queryable with Logs Insights under /aws/rds/cluster/<cluster>/postgresql.
    cloudwatchLogsExports: [...DATABASE_LOG_EXPORTS],
    cloudwatchLogsRetention: DATABASE_LOG_RETENTION,
    backup: {
      retention: Duration.days(tier.backupRetentionDays),
      preferredWindow: "02:00-03:00",
    },
    preferredMaintenanceWindow: "Sun:03:30-Sun:04:30",
    deletionProtection: tier.deletionProtection,
    removalPolicy: RemovalPolicy.SNAPSHOT,
    copyTagsToSnapshot: true,
  };
}
