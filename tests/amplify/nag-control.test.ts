import { App, NestedStack, Stack, Validations } from "aws-cdk-lib";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { unacknowledgedNagErrors } from "./helpers/stack";

/**
 * Negative control for the "no unacknowledged cdk-nag error" tests: the backend's resources
 * live in a nested stack (backend.createStack("tracker")), so the check must see inside one.
 * A secret without rotation there has to fail AwsSolutions-SMG4, and only an
 * acknowledgement may silence it.
 */
function appWithNestedSecret() {
  const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  const root = new Stack(app, "Root");
  const nested = new NestedStack(root, "tracker");
  const secret = new secretsmanager.Secret(nested, "Unrotated", {
    description: "negative control: never rotated",
  });
  return { app, root, nested, secret };
}

describe("cdk-nag sees into nested stacks (negative control)", () => {
  it("an unrotated secret in a nested stack is an AwsSolutions-SMG4 error from the app root", () => {
    const { app } = appWithNestedSecret();
    expect(unacknowledgedNagErrors(app)).toContain(
      "AwsSolutions-SMG4 at Root/tracker/Unrotated/Resource",
    );
  });

  it("the same error is reported when checking only the parent stack", () => {
    const { root } = appWithNestedSecret();
    expect(unacknowledgedNagErrors(root)).toContain(
      "AwsSolutions-SMG4 at Root/tracker/Unrotated/Resource",
    );
  });

  it("an acknowledgement on the secret removes exactly that error", () => {
    const { app, secret } = appWithNestedSecret();
    Validations.of(secret).acknowledge({
      id: "AwsSolutions-SMG4",
      reason: "negative control: acknowledged on purpose to prove acknowledgements apply",
    });
    expect(unacknowledgedNagErrors(app).filter((line) => line.includes("SMG4"))).toEqual([]);
  });
});
