/**
 * What the app must never write to a log line, whatever a test did to it: the session secret,
 * the setup token, the owner's password and any text a test marked (diary entries). Checked on
 * every app the e2e suite starts, when it stops (tests/helpers/app-server.ts). The launcher's
 * banner (the first-run setup link, on purpose) is not a log line: only JSON lines are read.
 */
export function leakedSecrets(output: string, secrets: Record<string, string>): string[] {
  const lines = output.split("\n").filter((line) => line.trimStart().startsWith("{"));
  return Object.entries(secrets)
    .filter(([, secret]) => secret.length >= 6 && lines.some((line) => line.includes(secret)))
    .map(([name]) => name);
}
