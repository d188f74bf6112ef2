import { resolveDeploySettings } from "../../amplify/config/deploy-settings";
import { TIER_SETTINGS, resolveTier } from "../../amplify/config/tier";

const APP_ID = "d2example0abc";
const branch = (name: string) => ({ namespace: APP_ID, name, type: "branch" });
const ACL_ARN = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/tracker/0a1b2c3d-1111";

describe("tier selection (TRACKER_TIER, default by branch)", () => {
  it.each([
    ["main", "production"],
    ["prod", "production"],
    ["feature/charts", "personal"],
    ["dev", "personal"],
  ])("branch %s defaults to the %s tier", (name, tier) => {
    expect(resolveTier({ requested: undefined, branchName: name, deploymentType: "branch" })).toBe(
      tier,
    );
  });

  it("a sandbox named main is still personal", () => {
    expect(resolveTier({ requested: "", branchName: "main", deploymentType: "sandbox" })).toBe(
      "personal",
    );
  });

  it("TRACKER_TIER overrides the branch default in either direction", () => {
    expect(
      resolveTier({ requested: "personal", branchName: "main", deploymentType: "branch" }),
    ).toBe("personal");
    expect(
      resolveTier({ requested: " Production ", branchName: "x", deploymentType: "branch" }),
    ).toBe("production");
  });

  it("an unknown TRACKER_TIER fails the synthesis and names the bad value", () => {
    expect(() =>
      resolveTier({ requested: "enterprise", branchName: "main", deploymentType: "branch" }),
    ).toThrow(/TRACKER_TIER.*"enterprise"/);
  });

  it("personal pauses at 0 ACU with one writer; production keeps 0.5 ACU and a reader", () => {
    expect(TIER_SETTINGS.personal).toMatchObject({
      minCapacity: 0,
      readerInstances: 0,
      backupRetentionDays: 7,
      deletionProtection: false,
    });
    expect(TIER_SETTINGS.production).toMatchObject({
      minCapacity: 0.5,
      readerInstances: 1,
      backupRetentionDays: 30,
      deletionProtection: true,
    });
  });
});

describe("deploy settings from the Amplify build environment", () => {
  it("a branch deploy targets its Amplify app and branch (namespace = app id)", () => {
    const settings = resolveDeploySettings({}, branch("main"));
    expect(settings.amplifyApp).toEqual({ appId: APP_ID, branchName: "main" });
    expect(settings.tier.tier).toBe("production");
  });

  it("a sandbox has no Amplify app, so no branch attachment, app alarms or WAF", () => {
    const settings = resolveDeploySettings(
      { TRACKER_WAF: "on" },
      { namespace: "tracker", name: "alice", type: "sandbox" },
    );
    expect(settings.amplifyApp).toBeUndefined();
    expect(settings.ownsAppWideResources).toBe(false);
    expect(settings.firewall).toEqual({ mode: "off" });
  });

  it("the primary branch has the web ACL unless TRACKER_WAF=off; other branches never do", () => {
    expect(resolveDeploySettings({}, branch("main")).firewall).toEqual({ mode: "create" });
    expect(resolveDeploySettings({}, branch("feature/x")).firewall).toEqual({ mode: "off" });
    expect(resolveDeploySettings({ TRACKER_WAF: "off" }, branch("main")).firewall).toEqual({
      mode: "off",
    });
    // An app-wide TRACKER_WAF=on must not make a second branch associate its own web ACL.
    for (const name of ["feature/x", "prod"]) {
      expect(resolveDeploySettings({ TRACKER_WAF: "on" }, branch(name)).firewall).toEqual({
        mode: "off",
      });
    }
  });

  it("TRACKER_WAF_ACL_ARN switches to associating the us-east-1 web ACL", () => {
    const settings = resolveDeploySettings({ TRACKER_WAF_ACL_ARN: ACL_ARN }, branch("main"));
    expect(settings.firewall).toEqual({ mode: "associate", webAclArn: ACL_ARN });
  });

  it.each([
    ["TRACKER_WAF_ACL_ARN", "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/y"],
    ["TRACKER_WAF", "maybe"],
    ["TRACKER_PRIMARY_BRANCH", "two words"],
    ["TRACKER_ALARM_EMAIL", "not-an-email"],
  ])("a malformed %s fails early with the bad value", (name, value) => {
    expect(() => resolveDeploySettings({ [name]: value }, branch("main"))).toThrow(value);
  });

  it("takes the restore snapshot recorded for this branch only", () => {
    const snapshots = { main: "tracker-restore-2025-06-01" };
    expect(resolveDeploySettings({}, branch("main"), snapshots).restoreSnapshot).toBe(
      "tracker-restore-2025-06-01",
    );
    expect(
      resolveDeploySettings({}, branch("feature/x"), snapshots).restoreSnapshot,
    ).toBeUndefined();
    expect(
      resolveDeploySettings({}, { namespace: "tracker", name: "main", type: "sandbox" }, snapshots)
        .restoreSnapshot,
    ).toBeUndefined();
  });

  it("reads the alarm email and the Amplify job id (the per-deploy migration trigger)", () => {
    const settings = resolveDeploySettings(
      { TRACKER_ALARM_EMAIL: "owner@example.com", AWS_JOB_ID: "0000000042" },
      branch("main"),
    );
    expect(settings.alarmEmail).toBe("owner@example.com");
    expect(settings.deploymentId).toBe("0000000042");
  });
});

describe("one primary branch owns the app-wide resources (web ACL association, app alarms)", () => {
  const BRANCHES = ["main", "prod", "dev", "feature/charts", "release"];
  const owners = (env: Record<string, string>) =>
    BRANCHES.filter((name) => resolveDeploySettings(env, branch(name)).ownsAppWideResources);
  const withWeb = (env: Record<string, string>) =>
    BRANCHES.filter((name) => resolveDeploySettings(env, branch(name)).firewall.mode !== "off");

  it("by default only main owns them; prod is production tier but not an owner", () => {
    expect(owners({})).toEqual(["main"]);
    expect(withWeb({ TRACKER_WAF: "on", TRACKER_WAF_ACL_ARN: ACL_ARN })).toEqual(["main"]);
    const prod = resolveDeploySettings({}, branch("prod"));
    expect(prod.tier.tier).toBe("production");
    expect(prod.primaryBranch).toBe("main");
    expect(prod.firewall).toEqual({ mode: "off" });
  });

  it("TRACKER_PRIMARY_BRANCH moves ownership to exactly that branch", () => {
    expect(owners({ TRACKER_PRIMARY_BRANCH: "prod" })).toEqual(["prod"]);
    expect(withWeb({ TRACKER_PRIMARY_BRANCH: " prod ", TRACKER_WAF: "on" })).toEqual(["prod"]);
    expect(owners({ TRACKER_PRIMARY_BRANCH: "feature/charts" })).toEqual(["feature/charts"]);
    expect(owners({ TRACKER_PRIMARY_BRANCH: "gone" })).toEqual([]);
  });

  it("a primary branch outside main/prod also defaults to the production tier", () => {
    const env = { TRACKER_PRIMARY_BRANCH: "release" };
    expect(resolveDeploySettings(env, branch("release")).tier.tier).toBe("production");
    expect(resolveDeploySettings(env, branch("dev")).tier.tier).toBe("personal");
    expect(
      resolveDeploySettings({ ...env, TRACKER_TIER: "personal" }, branch("release")).tier.tier,
    ).toBe("personal");
  });

  it("a sandbox never owns them, even when named like the primary branch", () => {
    const sandbox = resolveDeploySettings(
      {},
      { namespace: "tracker", name: "main", type: "sandbox" },
    );
    expect(sandbox.ownsAppWideResources).toBe(false);
    expect(sandbox.tier.tier).toBe("personal");
  });
});
