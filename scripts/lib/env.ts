import { loadEnvConfig } from "@next/env";
import { ConfigError, loadConfig, type AppConfig } from "../../src/server/config-schema";

/** Loads .env files the way Next does, validates, and exits with a readable message if wrong. */
export function loadScriptConfig(dev = false): AppConfig {
  loadEnvConfig(process.cwd(), dev, { info: () => undefined, error: console.error });
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** Runs a script body, printing a one-line error instead of a stack for expected failures. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `Error: ${error.message}` : error);
    process.exit(1);
  });
}
