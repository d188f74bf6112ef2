import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { DataSource } from "typeorm";
import { backoffDelays, retryWhileResuming } from "../../../src/server/db/data-api/resume-retry";
import { dataSourceOptions } from "../../../src/server/db/options";
import type { DatabaseTarget } from "../../../src/server/db/target";
import { exportData, exportDocumentText } from "../../../src/server/services/data/export";
import { targetFromEnvironment } from "../shared/data-api-target";

/** What a backup run needs; tests pass a fake S3 and their own database target. */
export interface BackupRun {
  readonly s3: { send(command: PutObjectCommand): Promise<unknown> };
  readonly bucket: string;
  readonly target: DatabaseTarget;
  readonly now: Date;
}

/** `daily/…` every day, and the same document under `monthly/…` on the 1st (kept longer). */
export function backupKeys(now: Date): string[] {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const day = now.toISOString().slice(0, 10);
  const name = `tracker-${day}-daily-${stamp}.json`;
  return now.getUTCDate() === 1 ? [`daily/${name}`, `monthly/${name}`] : [`daily/${name}`];
}

/** Exports everything through the Data API (the app's own export code) and puts it in S3. */
export async function runBackup(run: BackupRun): Promise<{ keys: string[]; bytes: number }> {
  const db = new DataSource(dataSourceOptions(run.target));
  await db.initialize();
  let body: string;
  try {
    body = exportDocumentText(await exportData(db, run.now));
  } finally {
    await db.destroy();
  }
  const keys = backupKeys(run.now);
  for (const key of keys) {
    await run.s3.send(
      new PutObjectCommand({
        Bucket: run.bucket,
        Key: key,
        Body: body,
        ContentType: "application/json; charset=utf-8",
        ServerSideEncryption: "AES256",
      }),
    );
  }
  return { keys, bytes: Buffer.byteLength(body) };
}

/** A paused database can take a while to resume: the whole run is retried for about 1 min. */
const RESUME_DELAYS = backoffDelays({ firstMs: 5_000, maxMs: 20_000, totalMs: 60_000 });

/**
 * Invoked daily by the EventBridge rule. Throwing makes the invocation an error, which the
 * backup alarm reports; the log line names the keys and the size, never the content.
 */
export async function handler(): Promise<{ keys: string[]; bytes: number }> {
  const bucket = process.env.TRACKER_BACKUP_BUCKET?.trim();
  if (!bucket) throw new Error("TRACKER_BACKUP_BUCKET is not set on the function");
  const target = targetFromEnvironment(process.env);
  const s3 = new S3Client({ region: target.region });
  const result = await retryWhileResuming(
    () => runBackup({ s3, bucket, target, now: new Date() }),
    {
      delaysMs: RESUME_DELAYS,
    },
  );
  console.log(JSON.stringify({ msg: "backup written", ...result }));
  return result;
}
