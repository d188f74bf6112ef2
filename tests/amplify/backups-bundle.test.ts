import { build } from "esbuild";
import { RUNTIME_MODULES } from "../../amplify/custom/Migrations/resource";
import { BACKUP_ENTRY } from "./helpers/stack";

/** The backup function bundles the app's export code the way aws-lambda-nodejs does. */
describe("the backup function bundle", () => {
  it("bundles the handler with the app's export code, leaving out the AWS SDK", async () => {
    const result = await build({
      entryPoints: [BACKUP_ENTRY],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node24",
      write: false,
      logLevel: "silent",
      external: ["@aws-sdk/*", "pg-native", ...RUNTIME_MODULES],
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).toContain("TRACKER_BACKUP_BUCKET");
    // The export's own SQL is inside: the function runs the app's code, not a copy.
    expect(code).toContain("substr(content, $2::integer");
    expect(code).toContain('require("@aws-sdk/client-s3")');
  }, 60_000);
});
