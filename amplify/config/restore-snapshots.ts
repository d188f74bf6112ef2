/**
 * Branch name -> DB cluster snapshot (identifier or ARN, same account and region) that the
 * branch's database is created from. Written by the last step of docs/runbooks/restore-pitr.md
 * and committed, so the restore is part of the infrastructure's history.
 *
 * Once a branch has an entry, KEEP IT (or replace it with a newer snapshot): removing it
 * would replace that branch's database with a new, empty one.
 */
export const RESTORE_SNAPSHOTS: Readonly<Record<string, string>> = {};
