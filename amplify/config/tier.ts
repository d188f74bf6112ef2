/**
 * The two deployment tiers of the seed architecture (section 9), chosen at synth time.
 * personal: cheapest stable setup, the database pauses when idle.
 * production: Multi-AZ database that never pauses, longer backups, guarded against deletion.
 */
export const TRACKER_TIERS = ["personal", "production"] as const;
export type TrackerTier = (typeof TRACKER_TIERS)[number];

/** Branches whose backend defaults to the production tier (besides the primary branch). */
export const PRODUCTION_BRANCHES: readonly string[] = ["main", "prod"];

/**
 * The one branch per Amplify app that owns app-wide resources (web ACL association, app
 * alarms), unless TRACKER_PRIMARY_BRANCH names another (config/deploy-settings.ts).
 */
export const DEFAULT_PRIMARY_BRANCH = "main";

export interface TierSettings {
  readonly tier: TrackerTier;
  /** Aurora Serverless v2 minimum ACUs; 0 lets the writer pause when idle. */
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** Readers placed in a second Availability Zone (failover targets). */
  readonly readerInstances: 0 | 1;
  readonly backupRetentionDays: number;
  readonly deletionProtection: boolean;
  /** Availability Zones holding a Secrets Manager interface endpoint (for rotation). */
  readonly secretsEndpointAzs: 1 | 2;
}

export const TIER_SETTINGS: Readonly<Record<TrackerTier, TierSettings>> = {
  personal: {
    tier: "personal",
    minCapacity: 0,
    maxCapacity: 2,
    readerInstances: 0,
    backupRetentionDays: 7,
    deletionProtection: false,
    secretsEndpointAzs: 1,
  },
  production: {
    tier: "production",
    minCapacity: 0.5,
    maxCapacity: 4,
    readerInstances: 1,
    backupRetentionDays: 30,
    deletionProtection: true,
    secretsEndpointAzs: 2,
  },
};

function isTrackerTier(value: string): value is TrackerTier {
  return (TRACKER_TIERS as readonly string[]).includes(value);
}

/**
 * `TRACKER_TIER` wins when set; otherwise branch deploys of main/prod and of the primary
 * branch are production and everything else (feature branches, sandboxes) is personal.
 */
export function resolveTier(input: {
  readonly requested: string | undefined;
  readonly branchName: string;
  readonly deploymentType: string;
  /** @default DEFAULT_PRIMARY_BRANCH */
  readonly primaryBranch?: string;
}): TrackerTier {
  const requested = input.requested?.trim().toLowerCase();
  if (requested) {
    if (!isTrackerTier(requested)) {
      throw new Error(
        `TRACKER_TIER must be one of ${TRACKER_TIERS.join(", ")}; got "${input.requested}"`,
      );
    }
    return requested;
  }
  const productionBranches = [
    ...PRODUCTION_BRANCHES,
    input.primaryBranch ?? DEFAULT_PRIMARY_BRANCH,
  ];
  const isProductionBranch =
    input.deploymentType === "branch" && productionBranches.includes(input.branchName);
  return isProductionBranch ? "production" : "personal";
}
