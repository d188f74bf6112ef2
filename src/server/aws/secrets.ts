import "server-only";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

const CACHE_MS = 5 * 60 * 1000;
const cache = new Map<string, { value: Promise<string>; expires: number }>();
let client: SecretsManagerClient | undefined;

/** JSON.parse's own error quotes the input, which would put the secret into the logs. */
function parseJson(text: string, arn: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`Secret ${arn} is not JSON`);
  }
  if (typeof parsed !== "object" || parsed === null) throw new Error(`Secret ${arn} is not JSON`);
  return parsed as Record<string, unknown>;
}

/**
 * Reads a secret with the SSR compute role and keeps it for five minutes, so a rotation is
 * picked up without a redeploy. JSON secrets (generated ones) yield the named field.
 */
export function readSecret(arn: string, region: string, jsonField?: string): Promise<string> {
  const key = `${arn}#${jsonField ?? ""}`;
  const hit = cache.get(key);
  if (hit && hit.expires > Date.now()) return hit.value;
  client ??= new SecretsManagerClient({ region });
  const value = client.send(new GetSecretValueCommand({ SecretId: arn })).then((out) => {
    const text = out.SecretString;
    if (!text) throw new Error(`Secret ${arn} has no string value`);
    if (!jsonField) return text;
    const field = parseJson(text, arn)[jsonField];
    if (typeof field !== "string") throw new Error(`Secret ${arn} has no field ${jsonField}`);
    return field;
  });
  value.catch(() => cache.delete(key));
  cache.set(key, { value, expires: Date.now() + CACHE_MS });
  return value;
}
