/**
 * Bundles the migration function exactly as a deploy would (esbuild + the driver copied next
 * to it) and runs the bundle in a plain Node process against an HTTP Data API stand-in.
 */
import childProcess from "node:child_process";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { App, Stack } from "aws-cdk-lib";
import type { CfnFunction } from "aws-cdk-lib/aws-lambda";
import { TIER_SETTINGS } from "../../amplify/config/tier";
import { TrackerDatabase } from "../../amplify/custom/Database/resource";
import {
  MIGRATION_RUNTIME,
  RUNTIME_MODULES,
  TrackerMigrations,
} from "../../amplify/custom/Migrations/resource";
import { startFakeDataApi, type FakeDataApi } from "./helpers/fake-data-api";
import { MIGRATION_ENTRY, testNetwork, testStack } from "./helpers/stack";

const run = promisify(execFile);
// Inside the repository, so the bundle resolves @aws-sdk/* from node_modules the way the
// Lambda runtime provides it.
const WORK = path.resolve(__dirname, "../../.test-data");

let outdir: string;
let assetDir: string;
let dataApi: FakeDataApi;
let runtime: unknown;
/** Every `--target=` esbuild was started with while the asset was bundled. */
let esbuildTargets: string[];

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  outdir = mkdtempSync(path.join(WORK, "migrate-bundle-"));
  const app = new App({ outdir, context: { "aws:cdk:enable-asset-metadata": true } });
  const stack = new Stack(app, "Bundle");
  const network = testNetwork(stack);
  const database = new TrackerDatabase(stack, "Db", { network, tier: TIER_SETTINGS.personal });
  // The asset is bundled when the function is constructed.
  const spawn = jest.spyOn(childProcess, "spawnSync");
  const migrations = new TrackerMigrations(stack, "Migrations", {
    database,
    entry: MIGRATION_ENTRY,
  });
  app.synth();
  // aws-lambda-nodejs runs esbuild as `bash -c "<command>"`.
  esbuildTargets = spawn.mock.calls
    .flatMap(([, args]) => (Array.isArray(args) ? (args as string[]) : []))
    .flatMap((arg) => [...arg.matchAll(/--target=(\S+)/g)].map((match) => match[1] ?? ""));
  spawn.mockRestore();
  const cfn = migrations.function.node.defaultChild as CfnFunction;
  runtime = cfn.runtime;
  const assetPath = (cfn.cfnOptions.metadata ?? {})["aws:asset:path"] as string;
  assetDir = path.join(outdir, assetPath);
  dataApi = await startFakeDataApi();
}, 120_000);

afterAll(async () => {
  await dataApi?.close();
  rmSync(outdir, { recursive: true, force: true });
});

describe("TrackerMigrations bundle", () => {
  it("rejects a handler path that does not exist, naming it", () => {
    const stack = testStack();
    const database = new TrackerDatabase(stack, "Db", {
      network: testNetwork(stack),
      tier: TIER_SETTINGS.personal,
    });
    expect(
      () => new TrackerMigrations(stack, "M", { database, entry: "/nowhere/handler.ts" }),
    ).toThrow('"/nowhere/handler.ts"');
  });

  it("bundles for the Node.js major the function runs on", () => {
    expect(runtime).toBe("nodejs24.x");
    expect(runtime).toBe(MIGRATION_RUNTIME.name);
    expect(esbuildTargets).toEqual(["node24"]);
  });

  it("ships the bundled handler with TypeORM's Data API driver next to it", () => {
    expect(existsSync(path.join(assetDir, "index.js"))).toBe(true);
    for (const name of RUNTIME_MODULES) {
      expect(existsSync(path.join(assetDir, "node_modules", name, "package.json"))).toBe(true);
    }
  });

  it("the bundle applies the app's migrations through the Data API with the cluster and secret ARNs", async () => {
    const env = {
      NODE_ENV: "production" as const,
      PATH: process.env.PATH ?? "",
      AWS_REGION: "eu-west-1",
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_ENDPOINT_URL_RDS_DATA: dataApi.endpoint,
      TRACKER_DATA_API_RESOURCE_ARN: "arn:aws:rds:eu-west-1:123456789012:cluster:tracker",
      TRACKER_DB_SECRET_ARN: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
      TRACKER_DATABASE_NAME: "tracker",
    };
    const script =
      "require('./index.js').handler().then((r) => process.stdout.write(JSON.stringify(r)))";
    const { stdout } = await run(process.execPath, ["-e", script], { cwd: assetDir, env });
    const result = JSON.parse(stdout.split("\n").filter(Boolean).pop() ?? "{}") as {
      applied: string[];
    };
    expect(result.applied.length).toBeGreaterThan(0);
    const executed = dataApi.calls.filter((call) => call.operation === "Execute");
    expect(executed.length).toBeGreaterThan(0);
    for (const call of executed) {
      expect(call.body).toMatchObject({
        resourceArn: env.TRACKER_DATA_API_RESOURCE_ARN,
        secretArn: env.TRACKER_DB_SECRET_ARN,
        database: "tracker",
      });
    }
    expect(dataApi.calls.some((call) => call.operation === "CommitTransaction")).toBe(true);
  }, 60_000);
});
