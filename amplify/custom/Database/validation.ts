import type { TierSettings } from "../../config/tier";

const DATABASE_NAME = /^[a-z][a-z0-9_]{0,62}$/;
const ACU_STEP = 0.5;

export function assertDatabaseName(name: string): string {
  if (!DATABASE_NAME.test(name)) {
    throw new Error(`databaseName must match ${DATABASE_NAME.source}; got "${name}"`);
  }
  return name;
}

/** Serverless v2 capacity comes in 0.5 ACU steps, 0 only where the engine can pause. */
export function assertCapacity(tier: TierSettings): void {
  const { minCapacity, maxCapacity } = tier;
  const isStep = (value: number) => Number.isInteger(value / ACU_STEP);
  if (!isStep(minCapacity) || minCapacity < 0) {
    throw new Error(`minCapacity must be 0 or a positive multiple of 0.5; got ${minCapacity}`);
  }
  if (!isStep(maxCapacity) || maxCapacity < 1 || maxCapacity > 256 || maxCapacity < minCapacity) {
    throw new Error(`maxCapacity must be 1..256 and >= minCapacity; got ${maxCapacity}`);
  }
  if (tier.readerInstances > 0 && minCapacity === 0) {
    throw new Error("a Multi-AZ reader needs minCapacity > 0; got minCapacity 0 with a reader");
  }
}

const SNAPSHOT =
  /^(arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster-snapshot:)?(rds:)?[A-Za-z][A-Za-z0-9-]{0,254}$/;

export function assertSnapshotIdentifier(snapshot: string): string {
  if (!SNAPSHOT.test(snapshot)) {
    throw new Error(
      `restoreSnapshot must be a DB cluster snapshot identifier or ARN; got "${snapshot}"`,
    );
  }
  return snapshot;
}
