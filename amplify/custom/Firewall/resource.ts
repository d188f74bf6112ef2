import { Aws, CfnCondition, CfnOutput, Fn, Stack } from "aws-cdk-lib";
import * as wafv2 from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";
import { AMPLIFY_APP_ID, GLOBAL_WEB_ACL_ARN } from "../shared/arns";
import { TrackerWebAcl, type TrackerWebAclProps } from "./web-acl";

export interface TrackerFirewallProps extends TrackerWebAclProps {
  /** Amplify app to protect; the web ACL covers all of its branches and domains. */
  readonly appId: string;
  /**
   * ARN of a CLOUDFRONT-scope web ACL already created in us-east-1 (standalone WAF template,
   * for apps in other regions). When set, only the association is created here.
   */
  readonly existingWebAclArn?: string;
}

export const WAF_REGION = "us-east-1";

/**
 * Puts AWS WAF in front of the Amplify app. A CLOUDFRONT-scope web ACL can only be created in
 * us-east-1, and a nested stack deploys to the app's region, so without `existingWebAclArn`
 * the ACL and its association carry a CloudFormation condition: created when the app is in
 * us-east-1, skipped (with an output saying so) anywhere else.
 */
export class TrackerFirewall extends Construct {
  readonly association: wafv2.CfnWebACLAssociation;
  /** Only when this construct creates the web ACL itself. */
  readonly webAcl?: TrackerWebAcl;
  /** Only when the resources depend on the app being in us-east-1. */
  readonly inWafRegion?: CfnCondition;

  constructor(scope: Construct, id: string, props: TrackerFirewallProps) {
    super(scope, id);
    if (!AMPLIFY_APP_ID.test(props.appId)) {
      throw new Error(`appId must look like an Amplify app id (d...); got "${props.appId}"`);
    }
    const appArn = Stack.of(this).formatArn({
      service: "amplify",
      resource: "apps",
      resourceName: props.appId,
    });

    if (props.existingWebAclArn !== undefined) {
      if (!GLOBAL_WEB_ACL_ARN.test(props.existingWebAclArn)) {
        throw new Error(
          `existingWebAclArn must be a CLOUDFRONT-scope web ACL in us-east-1; got "${props.existingWebAclArn}"`,
        );
      }
      this.association = new wafv2.CfnWebACLAssociation(this, "Association", {
        resourceArn: appArn,
        webAclArn: props.existingWebAclArn,
      });
      return;
    }

    this.inWafRegion = new CfnCondition(this, "InWafRegion", {
      expression: Fn.conditionEquals(Aws.REGION, WAF_REGION),
    });
    this.webAcl = new TrackerWebAcl(this, "WebAcl", props);
    this.webAcl.webAcl.cfnOptions.condition = this.inWafRegion;
    this.association = new wafv2.CfnWebACLAssociation(this, "Association", {
      resourceArn: appArn,
      webAclArn: this.webAcl.webAclArn,
    });
    this.association.cfnOptions.condition = this.inWafRegion;
    new CfnOutput(this, "Status", {
      description: "Whether this deploy attached AWS WAF to the Amplify app",
      value: Fn.conditionIf(
        this.inWafRegion.logicalId,
        "web ACL created and associated",
        "no web ACL: the app is outside us-east-1; deploy the standalone WAF template and set TRACKER_WAF_ACL_ARN (docs/deploy.md)",
      ).toString(),
    });
  }
}
