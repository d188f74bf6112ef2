import { Duration, Validations } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as iam from "aws-cdk-lib/aws-iam";
import * as rds from "aws-cdk-lib/aws-rds";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import type { TierSettings } from "../../config/tier";
import type { TrackerNetwork } from "../Network/resource";
import { acknowledgeLogRetentionFindings } from "../shared/log-retention";
import { clusterProps } from "./cluster-props";
import { assertCapacity, assertDatabaseName, assertSnapshotIdentifier } from "./validation";

export { TRACKER_ENGINE_VERSION } from "./cluster-props";
const MASTER_USERNAME = "tracker_admin";

/** Exactly the Data API calls the app and the migration function make. */
export const DATA_API_ACTIONS = [
  "rds-data:ExecuteStatement",
  "rds-data:BatchExecuteStatement",
  "rds-data:BeginTransaction",
  "rds-data:CommitTransaction",
  "rds-data:RollbackTransaction",
] as const;

export interface TrackerDatabaseProps {
  readonly network: TrackerNetwork;
  readonly tier: TierSettings;
  /** @default "tracker" */
  readonly databaseName?: string;
  /** @default 30 days */
  readonly rotationInterval?: Duration;
  /**
   * Create the cluster from this DB cluster snapshot (identifier or ARN) instead of empty:
   * the last step of docs/runbooks/restore-pitr.md. Changing it replaces the cluster.
   */
  readonly restoreSnapshot?: string;
}

/**
 * Aurora PostgreSQL Serverless v2 in the isolated data subnets. Nothing connects to it over
 * the network except the password-rotation function; the app and the migration function use
 * the RDS Data API (HTTPS + IAM) with the generated credentials secret.
 */
export class TrackerDatabase extends Construct {
  readonly cluster: rds.DatabaseCluster | rds.DatabaseClusterFromSnapshot;
  /** Generated master credentials (username, password, host, port, dbname), rotated. */
  readonly secret: secretsmanager.ISecret;
  readonly securityGroup: ec2.SecurityGroup;
  readonly databaseName: string;

  constructor(scope: Construct, id: string, props: TrackerDatabaseProps) {
    super(scope, id);
    const { network, tier } = props;
    this.databaseName = assertDatabaseName(props.databaseName ?? "tracker");
    assertCapacity(tier);
    // Without this flag a snapshot restore would also render an unused generated secret.
    this.node.setContext("@aws-cdk/aws-rds:preventRenderingDeprecatedCredentials", true);

    this.securityGroup = new ec2.SecurityGroup(this, "SecurityGroup", {
      vpc: network.vpc,
      description: "Tracker Aurora cluster: reachable only from the rotation function",
      allowAllOutbound: false,
    });

    // The credentials secret is our own, so a restore from a snapshot keeps using it.
    const credentials = new rds.DatabaseSecret(this, "Credentials", { username: MASTER_USERNAME });
    const common = clusterProps(network, tier, this.securityGroup);
    this.cluster =
      props.restoreSnapshot === undefined
        ? new rds.DatabaseCluster(this, "Cluster", {
            ...common,
            credentials: rds.Credentials.fromSecret(credentials),
            defaultDatabaseName: this.databaseName,
          })
        : new rds.DatabaseClusterFromSnapshot(this, "Cluster", {
            ...common,
            snapshotIdentifier: assertSnapshotIdentifier(props.restoreSnapshot),
            snapshotCredentials: rds.SnapshotCredentials.fromSecret(credentials),
          });
    if (props.restoreSnapshot !== undefined) {
      Validations.of(this.cluster).acknowledge({
        id: "CloudFormation-Validate::F3021",
        reason:
          "A restored cluster keeps the snapshot's user name; MasterUserPassword alone resets " +
          "its password to the credentials secret (aws-cdk-lib SnapshotCredentials).",
      });
    }
    // The attached secret also holds host and port, which the rotation function needs.
    const attached = this.cluster.secret;
    if (attached === undefined) throw new Error("the cluster has no attached secret");
    this.secret = attached;
    this.addRotation(network, props.rotationInterval ?? Duration.days(30));
    this.suppressAcceptedFindings(tier);
    acknowledgeLogRetentionFindings(this);
  }

  /** Single-user rotation by the Secrets Manager hosted function, inside the VPC. */
  private addRotation(network: TrackerNetwork, interval: Duration): void {
    const rotationSecurityGroup = new ec2.SecurityGroup(this, "RotationSecurityGroup", {
      vpc: network.vpc,
      description: "Tracker secret rotation function",
      allowAllOutbound: false,
    });
    this.securityGroup.connections.allowFrom(
      rotationSecurityGroup,
      ec2.Port.tcp(this.cluster.clusterEndpoint.port),
      "Password rotation",
    );
    network.grantSecretsManagerEndpoint(rotationSecurityGroup);
    this.secret.addRotationSchedule("Rotation", {
      automaticallyAfter: interval,
      // A rotation right after creation would race the deploy-time migrations.
      rotateImmediatelyOnUpdate: false,
      hostedRotation: secretsmanager.HostedRotation.postgreSqlSingleUser({
        vpc: network.vpc,
        vpcSubnets: network.appSubnets,
        securityGroups: [rotationSecurityGroup],
      }),
    });
  }

  /** Lets `grantee` run SQL through the Data API on this cluster with the database secret. */
  grantDataApiAccess(grantee: iam.IGrantable): iam.Grant {
    const dataApi = iam.Grant.addToPrincipal({
      grantee,
      actions: [...DATA_API_ACTIONS],
      resourceArns: [this.cluster.clusterArn],
    });
    const secretValue = iam.Grant.addToPrincipal({
      grantee,
      actions: ["secretsmanager:GetSecretValue"],
      resourceArns: [this.secret.secretArn],
    });
    return dataApi.combine(secretValue);
  }

  private suppressAcceptedFindings(tier: TierSettings): void {
    const validations = Validations.of(this.cluster);
    validations.acknowledge({
      id: "AwsSolutions-RDS11",
      reason:
        "The cluster has no network path from outside the VPC; only the rotation function " +
        "connects. A non-default port would add nothing while the Data API is the entry point.",
    });
    if (!tier.deletionProtection) {
      validations.acknowledge({
        id: "AwsSolutions-RDS10",
        reason:
          "Personal tier (feature branches, sandboxes, one-owner installs) must be removable with " +
          "the branch; a final snapshot is still kept (removal policy SNAPSHOT).",
      });
    }
  }
}
