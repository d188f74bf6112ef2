import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The session signing key of a local install, generated once and kept in the data folder
 * (mode 0600) so sessions survive restarts. Deleting the file signs everyone out.
 */
export function localSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A fresh one-time setup token, printed in the setup link like Jupyter's. */
export function newSetupToken(): string {
  return randomBytes(24).toString("base64url");
}
