import "server-only";
import { readSecret } from "../aws/secrets";
import { getConfig } from "../config";

function region(): string {
  return getConfig().TRACKER_AWS_REGION ?? process.env.AWS_REGION ?? "us-east-1";
}

/** The key that signs session cookies: NEXTAUTH_SECRET, or the generated secret in the cloud. */
export async function getSessionSecret(): Promise<string> {
  const config = getConfig();
  if (config.NEXTAUTH_SECRET) return config.NEXTAUTH_SECRET;
  if (config.TRACKER_SESSION_SECRET_ARN) {
    return readSecret(config.TRACKER_SESSION_SECRET_ARN, region());
  }
  throw new Error("NEXTAUTH_SECRET is not set (npm start sets one; in the cloud it is a secret).");
}

/** The one-time token that lets the first visitor create the owner, if one is configured. */
export async function getSetupToken(): Promise<string | undefined> {
  const config = getConfig();
  if (config.OWNER_SETUP_TOKEN) return config.OWNER_SETUP_TOKEN;
  if (config.TRACKER_SETUP_TOKEN_SECRET_ARN) {
    return readSecret(config.TRACKER_SETUP_TOKEN_SECRET_ARN, region());
  }
  return undefined;
}
