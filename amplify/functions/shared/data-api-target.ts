export interface DataApiTarget {
  readonly kind: "data-api";
  readonly resourceArn: string;
  readonly secretArn: string;
  readonly database: string;
  readonly region: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

function required(env: Environment, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is not set on the function`);
  return value;
}

/** A function's environment (set by its construct) as the app's Data API target. */
export function targetFromEnvironment(env: Environment): DataApiTarget {
  return {
    kind: "data-api",
    resourceArn: required(env, "TRACKER_DATA_API_RESOURCE_ARN"),
    secretArn: required(env, "TRACKER_DB_SECRET_ARN"),
    database: required(env, "TRACKER_DATABASE_NAME"),
    region: required(env, "AWS_REGION"),
  };
}
