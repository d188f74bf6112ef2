import { Template } from "aws-cdk-lib/assertions";
import { TIER_SETTINGS } from "../../amplify/config/tier";
import { TrackerDatabase } from "../../amplify/custom/Database/resource";
import { TrackerMonitoring } from "../../amplify/custom/Monitoring/resource";
import { testNetwork, testStack, unacknowledgedNagErrors } from "./helpers/stack";

function setup() {
  const stack = testStack();
  const database = new TrackerDatabase(stack, "Db", {
    network: testNetwork(stack),
    tier: TIER_SETTINGS.personal,
  });
  return { stack, cluster: database.cluster };
}

describe("TrackerMonitoring", () => {
  it("rejects a malformed alarm email, naming it", () => {
    const { stack, cluster } = setup();
    expect(
      () => new TrackerMonitoring(stack, "M", { cluster, alarmEmail: "owner at home" }),
    ).toThrow(/"owner at home"/);
  });

  it("rejects a non-positive threshold", () => {
    const { stack, cluster } = setup();
    expect(() => new TrackerMonitoring(stack, "M", { cluster, connectionThreshold: 0 })).toThrow(
      /connectionThreshold.*0/,
    );
  });

  it("without an app id (sandbox, feature branch) it watches only the database", () => {
    const { stack, cluster } = setup();
    const monitoring = new TrackerMonitoring(stack, "M", { cluster });
    expect(monitoring.alarms).toHaveLength(4);
    const template = Template.fromStack(stack);
    template.resourceCountIs("AWS::Logs::QueryDefinition", 0);
    expect(JSON.stringify(template.findResources("AWS::CloudWatch::Alarm"))).not.toContain(
      "AWS/AmplifyHosting",
    );
  });

  it("alarms also when the state returns to OK, so the owner sees recovery", () => {
    const { stack, cluster } = setup();
    const monitoring = new TrackerMonitoring(stack, "M", { cluster, appId: "d2example0abc" });
    expect(monitoring.alarms).toHaveLength(6);
    const alarms = Object.values(Template.fromStack(stack).findResources("AWS::CloudWatch::Alarm"));
    for (const alarm of alarms) expect(alarm.Properties.OKActions).toHaveLength(1);
  });

  it("passes cdk-nag (topic enforces TLS; managed-key encryption consciously skipped)", () => {
    const { stack, cluster } = setup();
    new TrackerMonitoring(stack, "M", { cluster, appId: "d2example0abc", alarmEmail: "a@b.co" });
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });
});
