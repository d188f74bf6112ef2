import { GLOBAL_WEB_ACL_ARN } from "../custom/shared/arns";
import { RESTORE_SNAPSHOTS } from "./restore-snapshots";
import { DEFAULT_PRIMARY_BRANCH, TIER_SETTINGS, resolveTier, type TierSettings } from "./tier";

/** The three CDK context values Amplify sets for every backend synthesis. */
export interface BackendIdentity {
  /** For branch deploys this is the Amplify app id. */
  readonly namespace: string;
  /** For branch deploys this is the branch name. */
  readonly name: string;
  readonly type: string;
}

export type FirewallSettings =
  | { readonly mode: "off" }
  /** Create the web ACL here; CloudFormation only creates it when the app is in us-east-1. */
  | { readonly mode: "create" }
  /** Associate a web ACL that was created in us-east-1 by the standalone WAF template. */
  | { readonly mode: "associate"; readonly webAclArn: string };

export interface DeploySettings {
  readonly tier: TierSettings;
  /** Only branch deployments belong to an Amplify app. */
  readonly amplifyApp?: { readonly appId: string; readonly branchName: string };
  /** The app's one primary branch: TRACKER_PRIMARY_BRANCH, default `main`. */
  readonly primaryBranch: string;
  /**
   * Web ACLs and Amplify metrics are app-wide, so only the primary branch owns them; any
   * other branch (`prod` included) would otherwise fight over the single association.
   */
  readonly ownsAppWideResources: boolean;
  readonly firewall: FirewallSettings;
  readonly alarmEmail?: string;
  /** Changes with every Amplify build so the migration trigger runs on every deploy. */
  readonly deploymentId?: string;
  /** Snapshot this branch's database is restored from (config/restore-snapshots.ts). */
  readonly restoreSnapshot?: string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function readAlarmEmail(env: Environment): string | undefined {
  const email = nonEmpty(env.TRACKER_ALARM_EMAIL);
  if (email !== undefined && !EMAIL.test(email)) {
    throw new Error(`TRACKER_ALARM_EMAIL must be an email address; got "${email}"`);
  }
  return email;
}

/** Amplify branch names: no whitespace, at most 255 characters. */
const BRANCH_NAME = /^\S{1,255}$/;

function readPrimaryBranch(env: Environment): string {
  const name = nonEmpty(env.TRACKER_PRIMARY_BRANCH) ?? DEFAULT_PRIMARY_BRANCH;
  if (!BRANCH_NAME.test(name)) {
    throw new Error(`TRACKER_PRIMARY_BRANCH must be a branch name; got "${name}"`);
  }
  return name;
}

function readWafSwitch(env: Environment): "on" | "off" | undefined {
  const value = nonEmpty(env.TRACKER_WAF)?.toLowerCase();
  if (value === undefined || value === "on" || value === "off") return value;
  throw new Error(`TRACKER_WAF must be "on" or "off"; got "${env.TRACKER_WAF}"`);
}

/**
 * One web ACL association per app, so only the primary branch has one. TRACKER_WAF switches it
 * there (default on); on every other branch it is ignored, so an app-wide value is harmless.
 */
function readFirewall(env: Environment, ownsAppWideResources: boolean): FirewallSettings {
  const wafSwitch = readWafSwitch(env);
  if (!ownsAppWideResources || wafSwitch === "off") return { mode: "off" };
  const webAclArn = nonEmpty(env.TRACKER_WAF_ACL_ARN);
  if (webAclArn === undefined) return { mode: "create" };
  if (!GLOBAL_WEB_ACL_ARN.test(webAclArn)) {
    throw new Error(
      `TRACKER_WAF_ACL_ARN must be a CLOUDFRONT-scope web ACL ARN in us-east-1 ` +
        `(arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>); got "${webAclArn}"`,
    );
  }
  return { mode: "associate", webAclArn };
}

/** Everything the backend reads from the build environment, validated up front. */
export function resolveDeploySettings(
  env: Environment,
  identity: BackendIdentity,
  restoreSnapshots: Readonly<Record<string, string>> = RESTORE_SNAPSHOTS,
): DeploySettings {
  const isBranch = identity.type === "branch";
  const primaryBranch = readPrimaryBranch(env);
  const tier = resolveTier({
    requested: env.TRACKER_TIER,
    branchName: identity.name,
    deploymentType: identity.type,
    primaryBranch,
  });
  const ownsAppWideResources = isBranch && identity.name === primaryBranch;
  return {
    tier: TIER_SETTINGS[tier],
    amplifyApp: isBranch ? { appId: identity.namespace, branchName: identity.name } : undefined,
    primaryBranch,
    ownsAppWideResources,
    firewall: readFirewall(env, ownsAppWideResources),
    alarmEmail: readAlarmEmail(env),
    deploymentId: nonEmpty(env.AWS_JOB_ID),
    restoreSnapshot: isBranch ? restoreSnapshots[identity.name] : undefined,
  };
}
