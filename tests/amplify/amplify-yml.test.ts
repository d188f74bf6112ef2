import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";

const ROOT = path.resolve(__dirname, "../..");
const WRITE_ENV = path.join(ROOT, "amplify/scripts/write-env.mjs");
const run = promisify(execFile);

interface Phase {
  commands: string[];
}
interface BuildSpec {
  version: number;
  backend: { phases: Record<string, Phase> };
  frontend: {
    phases: Record<string, Phase>;
    artifacts: { baseDirectory: string; files: string[] };
    cache: { paths: string[] };
  };
}

const spec = parse(readFileSync(path.join(ROOT, "amplify.yml"), "utf8")) as BuildSpec;
const commandsOf = (phases: Record<string, Phase>) =>
  Object.values(phases).flatMap((phase) => phase.commands);

describe("amplify.yml (Gen 2 build spec)", () => {
  it("backend phase uses Node 22, a cached npm install, then ampx pipeline-deploy for this branch", () => {
    expect(commandsOf(spec.backend.phases)).toEqual([
      "nvm use 22",
      "npm install --no-audit --no-fund --cache .npm --prefer-offline",
      "npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID",
    ]);
  });

  it("never runs npm ci, whose lock check fails on @aws-amplify/data-construct's bundled deps", () => {
    const all = [...commandsOf(spec.backend.phases), ...commandsOf(spec.frontend.phases)];
    expect(
      all.filter((command) => /\bnpm\s+(ci|clean-install|install-clean)\b/.test(command)),
    ).toEqual([]);
  });

  it("the install never rewrites the lock's versions (no update, no --no-save or @latest)", () => {
    const install = commandsOf(spec.backend.phases).find((c) => c.startsWith("npm install"));
    expect(install).toBeDefined();
    expect(install).not.toMatch(/@latest|--force|--legacy-peer-deps|\bupdate\b|\s\w+@/);
  });

  it("frontend phase writes the runtime settings file, then builds Next.js", () => {
    const commands = commandsOf(spec.frontend.phases);
    const writeEnv = commands.findIndex((c) => c.startsWith("node amplify/scripts/write-env.mjs"));
    const build = commands.indexOf("npx next build");
    expect(commands[0]).toBe("nvm use 22");
    expect(writeEnv).toBeGreaterThan(0);
    expect(build).toBeGreaterThan(writeEnv);
  });

  it("no command writes a secret-like variable or edits env files by hand", () => {
    for (const command of [
      ...commandsOf(spec.backend.phases),
      ...commandsOf(spec.frontend.phases),
    ]) {
      expect(command).not.toMatch(/SECRET|TOKEN|PASSWORD|DATABASE_URL|printenv|\benv\b\s*>/i);
      expect(command).not.toMatch(/>>?\s*\.env/);
    }
  });

  it("publishes .next and caches the Next.js build cache, npm cache and node_modules", () => {
    expect(spec.frontend.artifacts).toEqual({ baseDirectory: ".next", files: ["**/*"] });
    expect(spec.frontend.cache.paths).toEqual([
      ".next/cache/**/*",
      ".npm/**/*",
      "node_modules/**/*",
    ]);
  });
});

describe("amplify/scripts/write-env.mjs", () => {
  const outputs = {
    version: "1.4",
    custom: {
      tracker: {
        region: "eu-west-1",
        dataApiResourceArn: "arn:aws:rds:eu-west-1:123456789012:cluster:tracker-db",
        dbSecretArn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
        databaseName: "tracker",
        sessionSecretArn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:session-AbCdEf",
        setupTokenSecretArn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:setup-AbCdEf",
      },
    },
  };
  const SECRET_LIKE = {
    NEXTAUTH_SECRET: "super-secret-value-1234567890abcdef",
    OWNER_SETUP_TOKEN: "setup-token-value-1234567890",
    DATABASE_URL: "postgres://u:p@h/db",
    AWS_SECRET_ACCESS_KEY: "aws-secret-key-value",
  };
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "write-env-"));
    writeFileSync(path.join(dir, "amplify_outputs.json"), JSON.stringify(outputs));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function writeEnv(env: Record<string, string>) {
    const childEnv: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, ...env };
    await run(process.execPath, [WRITE_ENV], { cwd: dir, env: childEnv });
    return readFileSync(path.join(dir, ".env.production"), "utf8");
  }

  it("writes exactly the non-secret runtime settings and never a secret from the environment", async () => {
    const text = await writeEnv({ ...SECRET_LIKE, NEXTAUTH_URL: "https://tracker.example.com/" });
    expect(text).toBe(
      [
        "TRACKER_DATA_API_RESOURCE_ARN=arn:aws:rds:eu-west-1:123456789012:cluster:tracker-db",
        "TRACKER_DB_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
        "TRACKER_DATABASE_NAME=tracker",
        "TRACKER_AWS_REGION=eu-west-1",
        "TRACKER_SESSION_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:session-AbCdEf",
        "TRACKER_SETUP_TOKEN_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:setup-AbCdEf",
        "NEXTAUTH_URL=https://tracker.example.com",
        "",
      ].join("\n"),
    );
    for (const value of Object.values(SECRET_LIKE)) expect(text).not.toContain(value);
    expect(statSync(path.join(dir, ".env.production")).mode & 0o077).toBe(0);
  });

  it("defaults NEXTAUTH_URL to the branch's amplifyapp.com domain", async () => {
    const text = await writeEnv({ AWS_APP_ID: "d1example0app", AWS_BRANCH: "feature/charts" });
    expect(text).toContain("NEXTAUTH_URL=https://feature-charts.d1example0app.amplifyapp.com\n");
  });

  it("copies LOG_LEVEL and TRACKER_TRUSTED_PROXY_HOPS only when set and valid", async () => {
    const text = await writeEnv({ NEXTAUTH_URL: "https://t.example.com", LOG_LEVEL: "warn" });
    expect(text).toContain("LOG_LEVEL=warn\n");
    expect(text).not.toContain("TRACKER_TRUSTED_PROXY_HOPS");
  });

  it.each([
    [{ NEXTAUTH_URL: "http://tracker.example.com" }, /must use https/],
    [{ NEXTAUTH_URL: "tracker.example.com" }, /full URL/],
    [{}, /NEXTAUTH_URL is not set/],
  ])("fails the build on a bad NEXTAUTH_URL (%j)", async (env, message) => {
    await expect(writeEnv(env)).rejects.toThrow(message);
  });

  it("fails when amplify_outputs.json lacks the tracker outputs", async () => {
    writeFileSync(path.join(dir, "amplify_outputs.json"), JSON.stringify({ version: "1.4" }));
    await expect(writeEnv({ NEXTAUTH_URL: "https://t.example.com" })).rejects.toThrow(
      /no custom.tracker/,
    );
  });

  it("fails on a malformed ARN instead of writing it", async () => {
    const broken = { custom: { tracker: { ...outputs.custom.tracker, dbSecretArn: "oops" } } };
    writeFileSync(path.join(dir, "amplify_outputs.json"), JSON.stringify(broken));
    await expect(writeEnv({ NEXTAUTH_URL: "https://t.example.com" })).rejects.toThrow(
      /dbSecretArn/,
    );
  });
});
