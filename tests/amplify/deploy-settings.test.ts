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

  it("only the primary branch owns the app-wide web ACL unless TRACKER_WAF says otherwise", () => {
    expect(resolveDeploySettings({}, branch("main")).firewall).toEqual({ mode: "create" });
    expect(resolveDeploySettings({}, branch("feature/x")).firewall).toEqual({ mode: "off" });
    expect(resolveDeploySettings({ TRACKER_WAF: "off" }, branch("main")).firewall).toEqual({
      mode: "off",
    });
    expect(resolveDeploySettings({ TRACKER_WAF: "on" }, branch("feature/x")).firewall).toEqual({
      mode: "create",
    });
  });

  it("TRACKER_WAF_ACL_ARN switches to associating the us-east-1 web ACL", () => {
    const settings = resolveDeploySettings({ TRACKER_WAF_ACL_ARN: ACL_ARN }, branch("main"));
    expect(settings.firewall).toEqual({ mode: "associate", webAclArn: ACL_ARN });
  });

  it.each([
    ["TRACKER_WAF_ACL_ARN", "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/y"],
    ["TRACKER_WAF", "maybe"],
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
