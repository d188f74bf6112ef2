import { Stack, Validations } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/** The construct id aws-cdk-lib gives its one LogRetention function per stack. */
export const LOG_RETENTION_FUNCTION_ID = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a";

/**
 * RDS creates a cluster's export log groups itself as soon as the cluster exists, so their
 * retention cannot come from an AWS::Logs::LogGroup (it would fail with "already exists").
 * aws-cdk-lib sets it with its LogRetention custom resource instead; its function and
 * policies belong to aws-cdk-lib, and we only record why their cdk-nag findings are accepted.
 */
export function acknowledgeLogRetentionFindings(scope: IConstruct): void {
  const handler = Stack.of(scope).node.tryFindChild(LOG_RETENTION_FUNCTION_ID);
  if (handler === undefined) return;
  Validations.of(handler).acknowledge(
    {
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason: "aws-cdk-lib's log retention function writes its own logs with the basic role.",
    },
    {
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "aws-cdk-lib grants its log retention function logs:PutRetentionPolicy and " +
        "DeleteRetentionPolicy on any log group; only CloudFormation invokes it, for the " +
        "database's own export log group.",
    },
  );
}
