import { RemovalPolicy, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

export interface TrackerAppSecretsProps {
  /** @default 64 */
  readonly sessionSecretLength?: number;
  /** @default 48 */
  readonly setupTokenLength?: number;
}

const MIN_LENGTH = 32;

function assertLength(name: string, value: number): number {
  if (!Number.isInteger(value) || value < MIN_LENGTH || value > 4096) {
    throw new Error(`${name} must be an integer from ${MIN_LENGTH} to 4096; got ${value}`);
  }
  return value;
}

function generatedSecret(scope: Construct, id: string, description: string, length: number) {
  return new secretsmanager.Secret(scope, id, {
    description,
    generateSecretString: {
      passwordLength: length,
      excludePunctuation: true,
      includeSpace: false,
    },
    removalPolicy: RemovalPolicy.DESTROY,
  });
}

/**
 * Secrets the app reads at runtime from Secrets Manager (never from build-time env files):
 * the session signing secret (NEXTAUTH_SECRET) and the one-time owner setup token.
 */
export class TrackerAppSecrets extends Construct {
  readonly sessionSecret: secretsmanager.Secret;
  readonly setupToken: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: TrackerAppSecretsProps = {}) {
    super(scope, id);
    const sessionLength = assertLength("sessionSecretLength", props.sessionSecretLength ?? 64);
    const tokenLength = assertLength("setupTokenLength", props.setupTokenLength ?? 48);

    this.sessionSecret = generatedSecret(
      this,
      "SessionSecret",
      "Tracker session signing secret (NEXTAUTH_SECRET). Rotating it signs everyone out.",
      sessionLength,
    );
    this.setupToken = generatedSecret(
      this,
      "SetupToken",
      "Tracker first-run owner setup token: open https://<domain>/setup?token=<value>",
      tokenLength,
    );

    Validations.of(this.sessionSecret).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "Rotating the session secret signs the owner out, so it is rotated on purpose by the " +
        "runbook docs/runbooks/secret-rotation.md, not on a schedule.",
    });
    Validations.of(this.setupToken).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "The setup token is accepted only while no owner exists (first run); after setup it " +
        "opens nothing, so scheduled rotation would protect nothing.",
    });
  }

  /** Lets `grantee` read the value of both secrets (GetSecretValue only). */
  grantRead(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ["secretsmanager:GetSecretValue"],
      resourceArns: [this.sessionSecret.secretArn, this.setupToken.secretArn],
    });
  }
}
