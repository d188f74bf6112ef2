import type { Template } from "aws-cdk-lib/assertions";

export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly DependsOn?: string | string[];
  readonly Condition?: string;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

/** All resources of one type, as [logicalId, resource] pairs. */
export function resourcesOf(template: Template, type: string): Array<[string, CfnResource]> {
  return Object.entries(template.findResources(type) as Record<string, CfnResource>);
}

export function onlyResource(template: Template, type: string): [string, CfnResource] {
  const found = resourcesOf(template, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0] as [string, CfnResource];
}

export function dependsOn(resource: CfnResource): string[] {
  const value = resource.DependsOn;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export interface PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

/** Statements of every AWS::IAM::Policy attached to the role with this logical id. */
export function statementsOfRole(template: Template, roleLogicalId: string): PolicyStatement[] {
  return resourcesOf(template, "AWS::IAM::Policy")
    .filter(([, policy]) =>
      JSON.stringify(policy.Properties?.Roles ?? []).includes(`"${roleLogicalId}"`),
    )
    .flatMap(([, policy]) => {
      const document = policy.Properties?.PolicyDocument as { Statement: PolicyStatement[] };
      return document.Statement;
    });
}

export function actionsOf(statement: PolicyStatement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** Ref targets of a resource value (Ref, list of Refs, or Fn::GetAtt ... Arn). */
export function referencedIds(value: unknown): string[] {
  const text = JSON.stringify(value);
  const refs = [...text.matchAll(/"Ref":"([^"]+)"/g)].map((match) => match[1] ?? "");
  const atts = [...text.matchAll(/"Fn::GetAtt":\["([^"]+)"/g)].map((match) => match[1] ?? "");
  return [...refs, ...atts].filter((id) => !id.startsWith("AWS::"));
}
