/**
 * Prints the CloudFormation template of the standalone us-east-1 web ACL (see docs/deploy.md):
 *   npx tsx amplify/scripts/synth-waf-template.ts > tracker-waf.template.json
 *   aws cloudformation deploy --region us-east-1 --stack-name tracker-waf \
 *     --template-file tracker-waf.template.json
 */
import { App } from "aws-cdk-lib";
import { TrackerWafStack } from "../custom/Firewall/standalone-stack";

const app = new App();
const stack = new TrackerWafStack(app, "TrackerWaf");
const assembly = app.synth();
process.stdout.write(
  `${JSON.stringify(assembly.getStackArtifact(stack.artifactId).template, null, 2)}\n`,
);
