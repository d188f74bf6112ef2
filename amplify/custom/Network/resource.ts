import { RemovalPolicy } from "aws-cdk-lib";
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

export interface TrackerNetworkProps {
  /** Availability Zones that get a Secrets Manager interface endpoint (1 is cheaper, 2 survives an AZ loss). */
  readonly secretsEndpointAzs: 1 | 2;
  /** @default 10.40.0.0/16 */
  readonly cidr?: string;
  /** @default one month */
  readonly flowLogRetention?: logs.RetentionDays;
}

/** Subnet group names; the database construct selects `data`, the rotation function `app`. */
export const SUBNET_GROUPS = { public: "public", app: "app", data: "data" } as const;

/**
 * VPC over two Availability Zones laid out as in the seed (public / app / data tiers), with
 * no NAT gateway: nothing in the VPC needs the internet. The SSR compute reaches the database
 * through the RDS Data API over HTTPS, so the app and data subnets are isolated; the only
 * AWS API needed inside (Secrets Manager, for password rotation) is an interface endpoint.
 */
export class TrackerNetwork extends Construct {
  readonly vpc: ec2.Vpc;
  readonly secretsManagerEndpoint: ec2.InterfaceVpcEndpoint;
  readonly appSubnets: ec2.SubnetSelection;
  readonly dataSubnets: ec2.SubnetSelection;

  constructor(scope: Construct, id: string, props: TrackerNetworkProps) {
    super(scope, id);
    if (props.secretsEndpointAzs !== 1 && props.secretsEndpointAzs !== 2) {
      throw new Error(`secretsEndpointAzs must be 1 or 2; got ${String(props.secretsEndpointAzs)}`);
    }

    this.vpc = new ec2.Vpc(this, "Vpc", {
      ipAddresses: ec2.IpAddresses.cidr(props.cidr ?? "10.40.0.0/16"),
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [
        { name: SUBNET_GROUPS.public, subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: SUBNET_GROUPS.app, subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
        { name: SUBNET_GROUPS.data, subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
    });

    const flowLogGroup = new logs.LogGroup(this, "FlowLogGroup", {
      retention: props.flowLogRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.vpc.addFlowLog("FlowLog", {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });

    this.appSubnets = { subnetGroupName: SUBNET_GROUPS.app };
    this.dataSubnets = { subnetGroupName: SUBNET_GROUPS.data };

    const appSubnets = this.vpc.selectSubnets(this.appSubnets).subnets;
    this.secretsManagerEndpoint = this.vpc.addInterfaceEndpoint("SecretsManagerEndpoint", {
      service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
      subnets: { subnets: appSubnets.slice(0, props.secretsEndpointAzs) },
      privateDnsEnabled: true,
      // Callers are allowed one by one (see grantEndpointAccess), not the whole VPC.
      open: false,
    });
  }

  /** Lets `peer` (e.g. the rotation function) reach Secrets Manager through the endpoint. */
  grantSecretsManagerEndpoint(peer: ec2.IConnectable): void {
    this.secretsManagerEndpoint.connections.allowDefaultPortFrom(peer, "Secrets Manager API");
  }
}
