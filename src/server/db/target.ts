import type { AppConfig } from "../config-schema";

/** Where the database is: a PostgreSQL URL (pg driver) or Aurora's Data API (HTTPS + IAM). */
export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize: number }
  | {
      kind: "data-api";
      resourceArn: string;
      secretArn: string;
      database: string;
      region: string;
      /** Only for the local Data API stand-in used by the tests. */
      endpoint?: string;
    };

export function databaseTargetFromConfig(config: AppConfig): DatabaseTarget {
  if (config.TRACKER_DATA_API_RESOURCE_ARN && config.TRACKER_DB_SECRET_ARN) {
    return {
      kind: "data-api",
      resourceArn: config.TRACKER_DATA_API_RESOURCE_ARN,
      secretArn: config.TRACKER_DB_SECRET_ARN,
      database: config.TRACKER_DATABASE_NAME ?? "tracker",
      region: config.TRACKER_AWS_REGION ?? process.env.AWS_REGION ?? "us-east-1",
      endpoint: config.TRACKER_DATA_API_ENDPOINT,
    };
  }
  if (!config.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (embedded database) or set DATABASE_URL.",
    );
  }
  return { kind: "postgres", url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE };
}
