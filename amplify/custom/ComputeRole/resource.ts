import { Stack, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as cr from "aws-cdk-lib/custom-resources";
import { Construct } from "constructs";
import { AMPLIFY_APP_ID } from "../shared/arns";

export interface TrackerComputeRoleProps {
  /**
   * The Amplify app and branch whose SSR compute should assume this role. When given, a
   * custom resource sets it as the branch's compute role on every deploy (UpdateBranch).
   * Without it (sandboxes) the role exists but nothing assumes it.
   */
  readonly attachTo?: { readonly appId: string; readonly branchName: string };
}

/** The id aws-cdk-lib gives the one Lambda function shared by every AwsCustomResource in a stack. */
const AWS_CUSTOM_RESOURCE_FUNCTION_ID = "AWS679f53fac002430cb0da5b7982bd2287";
const BRANCH_NAME = /^[^\s]{1,255}$/;

/**
 * The IAM role Amplify Hosting's SSR compute assumes at runtime. It starts with no permission;
 * resources grant it exactly what the app needs (see TrackerDatabase.grantDataApiAccess and
 * TrackerAppSecrets.grantRead).
 */
export class TrackerComputeRole extends Construct implements iam.IGrantable {
  readonly role: iam.Role;
  readonly grantPrincipal: iam.IPrincipal;
  /** The custom resource that attaches the role to the branch, when `attachTo` is given. */
  readonly attachment?: cr.AwsCustomResource;

  constructor(scope: Construct, id: string, props: TrackerComputeRoleProps = {}) {
    super(scope, id);
    this.role = new iam.Role(this, "Role", {
      assumedBy: new iam.ServicePrincipal("amplify.amazonaws.com"),
      description: "Amplify SSR compute role of the Tracker app (Data API + its secrets only)",
    });
    this.grantPrincipal = this.role;
    if (props.attachTo) this.attachment = this.attachToBranch(props.attachTo);
  }

  private attachToBranch(target: { appId: string; branchName: string }): cr.AwsCustomResource {
    if (!AMPLIFY_APP_ID.test(target.appId)) {
      throw new Error(`appId must look like an Amplify app id (d...); got "${target.appId}"`);
    }
    if (!BRANCH_NAME.test(target.branchName)) {
      throw new Error(`branchName must be a non-empty branch name; got "${target.branchName}"`);
    }
    const branchArn = Stack.of(this).formatArn({
      service: "amplify",
      resource: "apps",
      resourceName: `${target.appId}/branches/${target.branchName}`,
    });
    const setRole = (computeRoleArn: string): cr.AwsSdkCall => ({
      service: "Amplify",
      action: "UpdateBranch",
      parameters: { appId: target.appId, branchName: target.branchName, computeRoleArn },
      physicalResourceId: cr.PhysicalResourceId.of(`${target.appId}/${target.branchName}`),
    });
    const attachment = new cr.AwsCustomResource(this, "AttachToBranch", {
      resourceType: "Custom::TrackerComputeRoleAttachment",
      onCreate: setRole(this.role.roleArn),
      onUpdate: setRole(this.role.roleArn),
      onDelete: {
        ...setRole(""),
        ignoreErrorCodesMatching: "NotFoundException|BadRequestException",
      },
      installLatestAwsSdk: false,
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ["amplify:UpdateBranch"], resources: [branchArn] }),
        new iam.PolicyStatement({
          actions: ["iam:PassRole"],
          resources: [this.role.roleArn],
          conditions: { StringEquals: { "iam:PassedToService": "amplify.amazonaws.com" } },
        }),
      ]),
    });
    attachment.node.addDependency(this.role);
    suppressProviderFindings(Stack.of(this));
    return attachment;
  }
}

function suppressProviderFindings(stack: Stack): void {
  const provider = stack.node.tryFindChild(AWS_CUSTOM_RESOURCE_FUNCTION_ID);
  if (provider === undefined) return;
  Validations.of(provider).acknowledge(
    {
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason:
        "aws-cdk-lib's AwsCustomResource function writes its own logs through " +
        "AWSLambdaBasicExecutionRole; its Amplify and PassRole rights are scoped separately.",
    },
    {
      id: "AwsSolutions-L1",
      reason: "aws-cdk-lib picks and upgrades the runtime of its AwsCustomResource function.",
    },
  );
}
