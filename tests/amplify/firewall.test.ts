import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { TrackerFirewall } from "../../amplify/custom/Firewall/resource";
import { TrackerWafStack } from "../../amplify/custom/Firewall/standalone-stack";
import { LOGIN_PATHS, trackerWebAclRules } from "../../amplify/custom/Firewall/web-acl";
import { testStack, unacknowledgedNagErrors } from "./helpers/stack";

const APP_ID = "d2example0abc";
const ACL_ARN = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/tracker/0a1b2c3d-1111";

describe("web ACL rules", () => {
  it("checks IP reputation first, then the login limit, then the general limit", () => {
    const names = trackerWebAclRules().map((rule) => rule.name);
    expect(names).toEqual([
      "AWSManagedRulesAmazonIpReputationList",
      "LoginRateLimit",
      "RateLimit",
      "AWSManagedRulesKnownBadInputsRuleSet",
      "AWSManagedRulesCommonRuleSet",
    ]);
    const priorities = trackerWebAclRules().map((rule) => rule.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it("counts instead of blocking request bodies over 8 KB (long diary entries, imports)", () => {
    const common = trackerWebAclRules().find(
      (rule) => rule.name === "AWSManagedRulesCommonRuleSet",
    );
    expect(JSON.stringify(common?.statement)).toContain(
      '"ruleActionOverrides":[{"name":"SizeRestrictions_BODY","actionToUse":{"count":{}}}]',
    );
  });

  it("covers every login path", () => {
    expect(LOGIN_PATHS).toEqual(["/api/auth/callback/credentials", "/login"]);
  });

  it.each([
    [{ rateLimit: 5 }, /rateLimit.*5/],
    [{ loginRateLimit: 2.5 }, /loginRateLimit.*2.5/],
    [{ rateLimit: 100, loginRateLimit: 100 }, /loginRateLimit must be stricter/],
  ])("rejects %j", (props, message) => {
    expect(() => trackerWebAclRules(props)).toThrow(message);
  });
});

describe("TrackerFirewall", () => {
  it("with an existing us-east-1 web ACL it only associates it, unconditionally", () => {
    const stack = testStack();
    new TrackerFirewall(stack, "Firewall", { appId: APP_ID, existingWebAclArn: ACL_ARN });
    const template = Template.fromStack(stack);
    template.resourceCountIs("AWS::WAFv2::WebACL", 0);
    const associations = Object.values(template.findResources("AWS::WAFv2::WebACLAssociation"));
    expect(associations).toHaveLength(1);
    expect(associations[0]).not.toHaveProperty("Condition");
    expect(associations[0]?.Properties.WebACLArn).toBe(ACL_ARN);
  });

  it("rejects a regional web ACL ARN, naming it", () => {
    const regional = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/y";
    expect(
      () =>
        new TrackerFirewall(testStack(), "Firewall", {
          appId: APP_ID,
          existingWebAclArn: regional,
        }),
    ).toThrow(regional);
  });

  it("tells the operator in a stack output when it skipped the web ACL outside us-east-1", () => {
    const stack = testStack();
    new TrackerFirewall(stack, "Firewall", { appId: APP_ID });
    const outputs = Template.fromStack(stack).findOutputs("*");
    expect(JSON.stringify(outputs)).toContain("TRACKER_WAF_ACL_ARN");
  });

  it("passes cdk-nag (logging off on purpose: logs would hold session cookies)", () => {
    const stack = testStack();
    new TrackerFirewall(stack, "Firewall", { appId: APP_ID });
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });
});

describe("standalone us-east-1 WAF stack (apps in other regions)", () => {
  it("creates only the CLOUDFRONT web ACL in us-east-1 and outputs its ARN", () => {
    const app = new App();
    const stack = new TrackerWafStack(app, "TrackerWaf");
    expect(Stack.of(stack).region).toBe("us-east-1");
    const template = Template.fromStack(stack);
    template.hasResourceProperties("AWS::WAFv2::WebACL", { Scope: "CLOUDFRONT" });
    template.resourceCountIs("AWS::WAFv2::WebACLAssociation", 0);
    template.hasOutput("WebAclArn", { Value: { "Fn::GetAtt": [Match.anyValue(), "Arn"] } });
    expect(unacknowledgedNagErrors(stack)).toEqual([]);
  });
});
