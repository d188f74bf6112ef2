import "server-only";
import { loadConfig, type AppConfig } from "./config-schema";

let cached: AppConfig | undefined;

/** The validated process configuration; throws a message naming every bad variable. */
export function getConfig(): AppConfig {
  cached ??= loadConfig(process.env);
  return cached;
}

export type { AppConfig };
