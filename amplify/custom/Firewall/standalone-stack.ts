import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { WAF_REGION } from "./resource";
import { TrackerWebAcl, type TrackerWebAclProps } from "./web-acl";

export type TrackerWafStackProps = Omit<StackProps, "env"> & TrackerWebAclProps;

/**
 * The web ACL alone, for Amplify apps outside us-east-1: deploy this template in us-east-1
 * once, then give its `WebAclArn` output to the backend as TRACKER_WAF_ACL_ARN.
 */
export class TrackerWafStack extends Stack {
  readonly webAcl: TrackerWebAcl;

  constructor(scope: Construct, id: string, props: TrackerWafStackProps = {}) {
    super(scope, id, { ...props, env: { region: WAF_REGION } });
    this.webAcl = new TrackerWebAcl(this, "WebAcl", props);
    new CfnOutput(this, "WebAclArn", {
      description: "Set this as TRACKER_WAF_ACL_ARN in the Amplify console",
      value: this.webAcl.webAclArn,
    });
  }
}
