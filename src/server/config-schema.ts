import { z } from "zod";

/**
 * Every environment variable the app reads. Kept free of `server-only` so the launcher
 * scripts validate with the very same schema before anything starts.
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => /^postgres(ql)?:\/\//.test(value),
    "must start with postgres:// or postgresql://",
  );

const arn = z
  .string()
  .trim()
  .regex(/^arn:aws[a-z-]*:/, "must be an AWS ARN");

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
  TRACKER_DATA_DIR: z.string().trim().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  NEXTAUTH_URL: z
    .url({ message: "must be a full URL such as https://tracker.example.com" })
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  OWNER_SETUP_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "server": the local launcher writes the access log, so route handlers do not repeat it. */
  TRACKER_REQUEST_LOG: z.enum(["server", "handlers"]).default("handlers"),
  /** Requests per API token and minute; more get 429 with Retry-After. */
  TRACKER_API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  TRACKER_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  TRACKER_DATA_API_RESOURCE_ARN: arn.optional(),
  TRACKER_DB_SECRET_ARN: arn.optional(),
  TRACKER_DATABASE_NAME: optionalText,
  TRACKER_AWS_REGION: optionalText,
  TRACKER_DATA_API_ENDPOINT: z.url().optional(),
  TRACKER_SESSION_SECRET_ARN: arn.optional(),
  TRACKER_SETUP_TOKEN_SECRET_ARN: arn.optional(),
});

export type AppConfig = z.infer<typeof configSchema>;

/** `process.env` or any plain map of variables (tests pass their own). */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Empty strings count as unset, the way shells and .env files write "nothing". */
function withoutEmpty(env: EnvSource): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== "") result[key] = value;
  }
  return result;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: EnvSource): AppConfig {
  const parsed = configSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const config = parsed.data;
  const dataApi = [config.TRACKER_DATA_API_RESOURCE_ARN, config.TRACKER_DB_SECRET_ARN];
  if (dataApi.some(Boolean) && !dataApi.every(Boolean)) {
    throw new ConfigError([
      "TRACKER_DATA_API_RESOURCE_ARN and TRACKER_DB_SECRET_ARN must be set together",
    ]);
  }
  return config;
}
