import { GLOBAL_WEB_ACL_ARN } from "../custom/shared/arns";
import { RESTORE_SNAPSHOTS } from "./restore-snapshots";
import { PRODUCTION_BRANCHES, TIER_SETTINGS, resolveTier, type TierSettings } from "./tier";

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
  /**
   * Web ACLs and Amplify metrics are app-wide, so only the app's primary branch owns them;
   * feature branches would otherwise fight over the single association.
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

function readWafSwitch(env: Environment): "on" | "off" | undefined {
  const value = nonEmpty(env.TRACKER_WAF)?.toLowerCase();
  if (value === undefined || value === "on" || value === "off") return value;
  throw new Error(`TRACKER_WAF must be "on" or "off"; got "${env.TRACKER_WAF}"`);
}

function readFirewall(env: Environment, ownsAppWideResources: boolean): FirewallSettings {
  const wafSwitch = readWafSwitch(env);
  const enabled = wafSwitch === undefined ? ownsAppWideResources : wafSwitch === "on";
  if (!enabled) return { mode: "off" };
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
  const tier = resolveTier({
    requested: env.TRACKER_TIER,
    branchName: identity.name,
    deploymentType: identity.type,
  });
  const ownsAppWideResources = isBranch && PRODUCTION_BRANCHES.includes(identity.name);
  return {
    tier: TIER_SETTINGS[tier],
    amplifyApp: isBranch ? { appId: identity.namespace, branchName: identity.name } : undefined,
    ownsAppWideResources,
    firewall: isBranch ? readFirewall(env, ownsAppWideResources) : { mode: "off" },
    alarmEmail: readAlarmEmail(env),
    deploymentId: nonEmpty(env.AWS_JOB_ID),
    restoreSnapshot: isBranch ? restoreSnapshots[identity.name] : undefined,
  };
}
