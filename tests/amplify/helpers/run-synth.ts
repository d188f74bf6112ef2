import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { SynthReport } from "./synth-report";

const run = promisify(execFile);
const SCRIPT = path.join(__dirname, "synth-backend.ts");
const ROOT = path.resolve(__dirname, "../../..");

export interface BackendSynthOptions {
  /** Amplify app id (branch deploys) or project name (sandboxes). */
  readonly namespace: string;
  /** Branch name (branch deploys) or user name (sandboxes). */
  readonly name: string;
  readonly type: "branch" | "sandbox";
  /** TRACKER_* and AWS_JOB_ID as the Amplify console would set them. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Settings the synthesis must not inherit from whoever runs the tests. */
const CLEARED = [
  "TRACKER_TIER",
  "TRACKER_ALARM_EMAIL",
  "TRACKER_WAF",
  "TRACKER_WAF_ACL_ARN",
  "TRACKER_PRIMARY_BRANCH",
  "AWS_JOB_ID",
];

/**
 * Synthesizes amplify/backend.ts in a child process (offline: asset bundling is skipped via
 * the `aws:cdk:bundling-stacks` context) and returns its templates and cdk-nag findings.
 */
export async function synthBackend(options: BackendSynthOptions): Promise<SynthReport> {
  const outdir = mkdtempSync(path.join(tmpdir(), "tracker-synth-"));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CLEARED) delete env[name];
  Object.assign(env, options.env, {
    CDK_OUTDIR: outdir,
    CDK_CONTEXT_JSON: JSON.stringify({
      "amplify-backend-namespace": options.namespace,
      "amplify-backend-name": options.name,
      "amplify-backend-type": options.type,
      "aws:cdk:bundling-stacks": [],
    }),
  });
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", SCRIPT], {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as SynthReport;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The template of the nested stack `backend.createStack("tracker")` produced. */
export function trackerTemplate(report: SynthReport): Record<string, unknown> {
  const stack = report.stacks.find((s) => s.nested && s.path.endsWith("/tracker"));
  if (!stack) throw new Error(`no tracker stack in ${report.stacks.map((s) => s.path).join(", ")}`);
  return stack.template;
}

export function rootTemplate(report: SynthReport): Record<string, unknown> {
  const stack = report.stacks.find((s) => !s.nested);
  if (!stack) throw new Error("no root stack in the synthesis");
  return stack.template;
}
