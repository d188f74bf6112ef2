import { leakedSecrets } from "../../helpers/log-audit";

describe("the e2e suite's log audit", () => {
  const secrets = { "the secret": "s3cr3t-value", "the diary's text": "Dear diary" };

  it("names every secret a JSON log line holds", () => {
    const output = [
      '{"level":30,"msg":"request","route":"/"}',
      '{"level":50,"err":{"message":"failed: s3cr3t-value"}}',
      '  {"level":50,"msg":"Dear diary, today"}',
    ].join("\n");
    expect(leakedSecrets(output, secrets)).toEqual(["the secret", "the diary's text"]);
  });

  it("reads only log lines, not the launcher's banner, and ignores empty secrets", () => {
    const output =
      "\n  Tracker is running at http://localhost:3000\n  open /setup?token=s3cr3t-value\n";
    expect(leakedSecrets(output, { ...secrets, empty: "" })).toEqual([]);
  });
});
