import { Template } from "aws-cdk-lib/assertions";
import { TrackerAppSecrets } from "../../amplify/custom/AppSecrets/resource";
import { TrackerComputeRole } from "../../amplify/custom/ComputeRole/resource";
import { testStack, unacknowledgedNagErrors } from "./helpers/stack";

describe("TrackerAppSecrets", () => {
  it.each([
    ["sessionSecretLength", 16],
    ["setupTokenLength", 31.5],
  ])("rejects %s = %d", (name, value) => {
    expect(() => new TrackerAppSecrets(testStack(), "Secrets", { [name]: value })).toThrow(
      new RegExp(`${name}.*${value}`),
    );
  });

  it("grantRead allows GetSecretValue on both secrets and nothing more", () => {
    const stack = testStack();
    const secrets = new TrackerAppSecrets(stack, "Secrets");
    const role = new TrackerComputeRole(stack, "Role");
    secrets.grantRead(role);
    Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: [
          {
            Action: "secretsmanager:GetSecretValue",
            Effect: "Allow",
            Resource: [
              { Ref: stack.getLogicalId(secrets.sessionSecret.node.defaultChild as never) },
              { Ref: stack.getLogicalId(secrets.setupToken.node.defaultChild as never) },
            ],
          },
        ],
      },
    });
  });

  it("passes cdk-nag: scheduled rotation is consciously off, with reasons", () => {
    const stack = testStack();
    new TrackerAppSecrets(stack, "Secrets");
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });
});

describe("TrackerComputeRole", () => {
  it("without a branch (sandbox) it creates the role but no attachment", () => {
    const stack = testStack();
    const role = new TrackerComputeRole(stack, "Role");
    expect(role.attachment).toBeUndefined();
    Template.fromStack(stack).resourceCountIs("Custom::TrackerComputeRoleAttachment", 0);
  });

  it("rejects something that is not an Amplify app id, naming it", () => {
    expect(
      () =>
        new TrackerComputeRole(testStack(), "Role", {
          attachTo: { appId: "my-app", branchName: "main" },
        }),
    ).toThrow(/"my-app"/);
  });

  it("detaches on delete and tolerates a branch that is already gone", () => {
    const stack = testStack();
    new TrackerComputeRole(stack, "Role", {
      attachTo: { appId: "d2example0abc", branchName: "main" },
    });
    const [attachment] = Object.values(
      Template.fromStack(stack).findResources("Custom::TrackerComputeRoleAttachment"),
    ) as Array<{ Properties: { Delete: string } }>;
    const onDelete = JSON.parse(attachment?.Properties.Delete ?? "{}") as Record<string, unknown>;
    expect(onDelete).toMatchObject({
      action: "UpdateBranch",
      parameters: { appId: "d2example0abc", branchName: "main", computeRoleArn: "" },
      ignoreErrorCodesMatching: "NotFoundException|BadRequestException",
    });
  });

  it("passes cdk-nag with the branch attachment", () => {
    const stack = testStack();
    new TrackerComputeRole(stack, "Role", {
      attachTo: { appId: "d2example0abc", branchName: "main" },
    });
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });
});
