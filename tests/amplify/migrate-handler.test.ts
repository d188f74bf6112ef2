import { migrateDatabase } from "../../src/server/db/migrate-entry";
import { APP_RESUME_DELAYS } from "../../src/server/db/data-api/resume-retry";
import {
  MIGRATION_RESUME_DELAYS,
  handler,
  targetFromEnvironment,
} from "../../amplify/functions/migrate/handler";

jest.mock("../../src/server/db/migrate-entry", () => ({ migrateDatabase: jest.fn() }));
const migrate = jest.mocked(migrateDatabase);

const ENV = {
  TRACKER_DATA_API_RESOURCE_ARN: "arn:aws:rds:eu-west-1:123456789012:cluster:tracker",
  TRACKER_DB_SECRET_ARN: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
  TRACKER_DATABASE_NAME: "tracker",
  AWS_REGION: "eu-west-1",
};

function resuming(): Error {
  return Object.assign(new Error("The database is resuming"), {
    name: "DatabaseResumingException",
  });
}

describe("migration handler", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    migrate.mockReset();
    Object.assign(process.env, ENV);
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    process.env = { ...saved };
    jest.restoreAllMocks();
  });

  it("builds the app's Data API target from the function environment", () => {
    expect(targetFromEnvironment(ENV)).toEqual({
      kind: "data-api",
      resourceArn: ENV.TRACKER_DATA_API_RESOURCE_ARN,
      secretArn: ENV.TRACKER_DB_SECRET_ARN,
      database: "tracker",
      region: "eu-west-1",
    });
  });

  it("names the missing variable instead of migrating somewhere unexpected", () => {
    expect(() => targetFromEnvironment({ ...ENV, TRACKER_DB_SECRET_ARN: " " })).toThrow(
      "TRACKER_DB_SECRET_ARN is not set",
    );
  });

  it("calls the app's migration entry point and returns what it applied", async () => {
    migrate.mockResolvedValue({ applied: ["InitialSchema1764064800000"] });
    await expect(handler()).resolves.toEqual({ applied: ["InitialSchema1764064800000"] });
    expect(migrate).toHaveBeenCalledWith(targetFromEnvironment(ENV));
  });

  it("throws when a migration fails, which fails the trigger and so the deploy", async () => {
    migrate.mockRejectedValue(new Error('relation "tasks" already exists'));
    await expect(handler()).rejects.toThrow('relation "tasks" already exists');
    expect(migrate).toHaveBeenCalledTimes(1);
  });
});

describe("migration handler while a paused database resumes", () => {
  const sum = (delays: readonly number[]) => delays.reduce((total, delay) => total + delay, 0);
  beforeEach(() => {
    migrate.mockReset();
    Object.assign(process.env, ENV);
    jest.spyOn(console, "log").mockImplementation(() => undefined);
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it("runs the migrations again when the database was still resuming", async () => {
    migrate
      .mockRejectedValueOnce({ name: "QueryFailedError", driverError: resuming() })
      .mockResolvedValue({ applied: [] });
    const result = handler();
    await jest.advanceTimersByTimeAsync(MIGRATION_RESUME_DELAYS[0] ?? 0);
    await expect(result).resolves.toEqual({ applied: [] });
    expect(migrate).toHaveBeenCalledTimes(2);
  });

  it("gives up with the resume error after its last run", async () => {
    migrate.mockRejectedValue(resuming());
    const result = handler();
    const settled = expect(result).rejects.toThrow("resuming");
    await jest.advanceTimersByTimeAsync(sum(MIGRATION_RESUME_DELAYS));
    await settled;
    expect(migrate).toHaveBeenCalledTimes(MIGRATION_RESUME_DELAYS.length + 1);
  });

  it("finishes within the function's 10-minute timeout even if every call waits its full budget", () => {
    const runs = MIGRATION_RESUME_DELAYS.length + 1;
    const worstCase = runs * sum(APP_RESUME_DELAYS) + sum(MIGRATION_RESUME_DELAYS);
    expect(worstCase).toBeLessThan(10 * 60_000 - 60_000);
    expect(runs).toBeGreaterThan(1);
  });
});
