import { CfnResource, Stack, Validations } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/**
 * Amplify adds an "AmplifyBranchLinker" (a Lambda-backed custom resource that links the
 * backend stack to the Amplify branch) to every branch deployment. Its code and policies
 * belong to @aws-amplify/backend; we only record why its cdk-nag findings are accepted.
 */
export function acknowledgeBranchLinkerFindings(
  linker: IConstruct,
  branch: { readonly appId: string; readonly branchName: string },
): void {
  const linkerLambda = linker.node.tryFindChild("CustomResourceLambda")?.node.defaultChild;
  const validations = Validations.of(linker);
  validations.acknowledge(
    {
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason: "Amplify-managed branch linker functions write their own logs with the basic role.",
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:aws:amplify:*:*:apps/${branch.appId}/branches/${branch.branchName}]`,
      reason:
        "Amplify's branch linker may update only this app's branch; the wildcards are region " +
        "and account of the same deployment.",
    },
    {
      id: "AwsSolutions-L1",
      reason: "The runtime of the branch linker is chosen by @aws-amplify/backend.",
    },
  );
  if (linkerLambda instanceof CfnResource) {
    const logicalId = Stack.of(linkerLambda).getLogicalId(linkerLambda);
    validations.acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
      reason: "CDK's provider framework may invoke any version of the branch linker function.",
    });
  }
}
