// Writes the app's NON-SECRET runtime settings into .env.production before `next build`
// (Amplify does not pass console variables to SSR code at runtime). Secrets stay in Secrets
// Manager; only their ARNs are written, read at runtime with the SSR compute role.
//
//   node amplify/scripts/write-env.mjs [amplify_outputs.json] [.env.production]
import { readFileSync, writeFileSync } from "node:fs";

const ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const DATABASE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** amplify_outputs.json custom.tracker key -> env variable, with the check its value must pass. */
const FROM_OUTPUTS = [
  ["dataApiResourceArn", "TRACKER_DATA_API_RESOURCE_ARN", ARN],
  ["dbSecretArn", "TRACKER_DB_SECRET_ARN", ARN],
  ["databaseName", "TRACKER_DATABASE_NAME", DATABASE_NAME],
  ["region", "TRACKER_AWS_REGION", REGION],
  ["sessionSecretArn", "TRACKER_SESSION_SECRET_ARN", ARN],
  ["setupTokenSecretArn", "TRACKER_SETUP_TOKEN_SECRET_ARN", ARN],
];

/** Optional non-secret settings copied from the build environment when set. */
const PASS_THROUGH = [
  ["LOG_LEVEL", /^(fatal|error|warn|info|debug|trace|silent)$/],
  ["TRACKER_TRUSTED_PROXY_HOPS", /^[0-5]$/],
];

function fail(message) {
  process.stderr.write(`write-env: ${message}\n`);
  process.exit(1);
}

function readTrackerOutputs(file) {
  let outputs;
  try {
    outputs = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    fail(`cannot read ${file} (did ampx pipeline-deploy run?): ${error.message}`);
  }
  const tracker = outputs?.custom?.tracker;
  if (typeof tracker !== "object" || tracker === null) fail(`${file} has no custom.tracker`);
  return tracker;
}

/** NEXTAUTH_URL from the console, else the branch's default Amplify domain. */
function nextAuthUrl(env) {
  const configured = env.NEXTAUTH_URL?.trim();
  const fallback =
    env.AWS_APP_ID && env.AWS_BRANCH
      ? `https://${env.AWS_BRANCH.replace(/[^A-Za-z0-9-]/g, "-")}.${env.AWS_APP_ID}.amplifyapp.com`
      : undefined;
  const value = configured || fallback;
  if (!value) fail("NEXTAUTH_URL is not set (nor AWS_APP_ID/AWS_BRANCH to derive it)");
  let url;
  try {
    url = new URL(value);
  } catch {
    fail(`NEXTAUTH_URL must be a full URL such as https://tracker.example.com; got "${value}"`);
  }
  if (url.protocol !== "https:") fail(`NEXTAUTH_URL must use https; got "${value}"`);
  return url.origin;
}

function buildLines(tracker, env) {
  const lines = FROM_OUTPUTS.map(([key, name, pattern]) => {
    const value = String(tracker[key] ?? "");
    if (!pattern.test(value)) fail(`custom.tracker.${key} is not valid: "${value}"`);
    return `${name}=${value}`;
  });
  lines.push(`NEXTAUTH_URL=${nextAuthUrl(env)}`);
  for (const [name, pattern] of PASS_THROUGH) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (!pattern.test(value)) fail(`${name} is not valid: "${value}"`);
    lines.push(`${name}=${value}`);
  }
  return lines;
}

const [outputsFile = "amplify_outputs.json", envFile = ".env.production"] = process.argv.slice(2);
const lines = buildLines(readTrackerOutputs(outputsFile), process.env);
writeFileSync(envFile, `${lines.join("\n")}\n`, { mode: 0o600 });
process.stdout.write(`write-env: wrote ${lines.map((line) => line.split("=")[0]).join(", ")}\n`);
