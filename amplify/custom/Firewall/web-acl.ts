import { Validations } from "aws-cdk-lib";
import * as wafv2 from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";

/** next-auth's credentials callback and the login page: brute-force targets. */
export const LOGIN_PATHS: readonly string[] = ["/api/auth/callback/credentials", "/login"];

const IP_REPUTATION = "AWSManagedRulesAmazonIpReputationList";
const KNOWN_BAD_INPUTS = "AWSManagedRulesKnownBadInputsRuleSet";
const COMMON = "AWSManagedRulesCommonRuleSet";
export const MANAGED_RULE_GROUPS: readonly string[] = [IP_REPUTATION, KNOWN_BAD_INPUTS, COMMON];

export interface TrackerWebAclProps {
  /** Requests per client IP per 5 minutes, any path. @default 1000 */
  readonly rateLimit?: number;
  /** Requests per client IP per 5 minutes on LOGIN_PATHS. @default 30 */
  readonly loginRateLimit?: number;
}

const MIN_RATE_LIMIT = 10;
const MAX_RATE_LIMIT = 2_000_000_000;

function assertRateLimit(name: string, value: number): number {
  if (!Number.isInteger(value) || value < MIN_RATE_LIMIT || value > MAX_RATE_LIMIT) {
    throw new Error(`${name} must be an integer from ${MIN_RATE_LIMIT} upwards; got ${value}`);
  }
  return value;
}

function visibility(metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty {
  return { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName };
}

function pathStartsWith(path: string): wafv2.CfnWebACL.StatementProperty {
  return {
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint: "STARTS_WITH",
      searchString: path,
      textTransformations: [{ priority: 0, type: "LOWERCASE" }],
    },
  };
}

function rateRule(
  name: string,
  priority: number,
  limit: number,
  scopeDown?: wafv2.CfnWebACL.StatementProperty,
): wafv2.CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    action: { block: {} },
    statement: {
      rateBasedStatement: {
        limit,
        aggregateKeyType: "IP",
        evaluationWindowSec: 300,
        scopeDownStatement: scopeDown,
      },
    },
    visibilityConfig: visibility(name),
  };
}

function managedRule(name: string, priority: number): wafv2.CfnWebACL.RuleProperty {
  // Bodies over 8 KB (long diary entries, data imports) are legitimate for this app.
  const overrides =
    name === COMMON ? [{ name: "SizeRestrictions_BODY", actionToUse: { count: {} } }] : undefined;
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: { vendorName: "AWS", name, ruleActionOverrides: overrides },
    },
    visibilityConfig: visibility(name),
  };
}

/** The rules, in evaluation order. Exported so tests can read them without a stack. */
export function trackerWebAclRules(props: TrackerWebAclProps = {}): wafv2.CfnWebACL.RuleProperty[] {
  const rateLimit = assertRateLimit("rateLimit", props.rateLimit ?? 1000);
  const loginRateLimit = assertRateLimit("loginRateLimit", props.loginRateLimit ?? 30);
  if (loginRateLimit >= rateLimit) {
    throw new Error(`loginRateLimit must be stricter than rateLimit; got ${loginRateLimit}`);
  }
  const loginMatches = LOGIN_PATHS.map(pathStartsWith);
  const loginScope =
    loginMatches.length === 1 ? loginMatches[0] : { orStatement: { statements: loginMatches } };
  return [
    managedRule(IP_REPUTATION, 0),
    rateRule("LoginRateLimit", 1, loginRateLimit, loginScope),
    rateRule("RateLimit", 2, rateLimit),
    managedRule(KNOWN_BAD_INPUTS, 3),
    managedRule(COMMON, 4),
  ];
}

/**
 * CLOUDFRONT-scope web ACL for Amplify Hosting. CloudFormation can only create it in
 * us-east-1; the caller decides where (see TrackerFirewall and standalone-stack.ts).
 */
export class TrackerWebAcl extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: TrackerWebAclProps = {}) {
    super(scope, id);
    this.webAcl = new wafv2.CfnWebACL(this, "WebAcl", {
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      description: "Tracker: AWS managed rules, per-IP rate limits, stricter limit on login",
      rules: trackerWebAclRules(props),
      visibilityConfig: visibility("TrackerWebAcl"),
    });
    Validations.of(this.webAcl).acknowledge({
      id: "AwsSolutions-WAF2",
      reason:
        "WAF logs hold full request headers including the session cookie; CloudWatch metrics " +
        "and sampled requests (enabled on every rule) give the visibility without that risk.",
    });
  }

  get webAclArn(): string {
    return this.webAcl.attrArn;
  }
}
