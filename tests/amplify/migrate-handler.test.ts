import { migrateDatabase } from "../../src/server/db/migrate-entry";
import { handler, targetFromEnvironment } from "../../amplify/functions/migrate/handler";
import {
  isDatabaseResuming,
  retryWhileResuming,
} from "../../amplify/functions/migrate/resume-retry";

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

describe("retry while a paused database resumes", () => {
  const noSleep = () => Promise.resolve();

  it("recognises DatabaseResumingException directly or wrapped by TypeORM", () => {
    expect(isDatabaseResuming(resuming())).toBe(true);
    expect(isDatabaseResuming({ name: "QueryFailedError", driverError: resuming() })).toBe(true);
    expect(isDatabaseResuming(new Error("DatabaseResumingException: resuming"))).toBe(true);
    expect(isDatabaseResuming(new Error("syntax error at or near"))).toBe(false);
    expect(isDatabaseResuming(undefined)).toBe(false);
  });

  it("retries until the database answers", async () => {
    const task = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(resuming())
      .mockRejectedValueOnce(resuming())
      .mockResolvedValue("done");
    await expect(
      retryWhileResuming(task, { attempts: 5, delayMs: 1, sleep: noSleep }),
    ).resolves.toBe("done");
    expect(task).toHaveBeenCalledTimes(3);
  });

  it("gives up after the last attempt and rethrows the resume error", async () => {
    const task = jest.fn<Promise<string>, []>().mockRejectedValue(resuming());
    await expect(
      retryWhileResuming(task, { attempts: 3, delayMs: 1, sleep: noSleep }),
    ).rejects.toThrow("resuming");
    expect(task).toHaveBeenCalledTimes(3);
  });

  it("does not retry other errors", async () => {
    const task = jest.fn<Promise<string>, []>().mockRejectedValue(new Error("permission denied"));
    await expect(
      retryWhileResuming(task, { attempts: 3, delayMs: 1, sleep: noSleep }),
    ).rejects.toThrow("permission denied");
    expect(task).toHaveBeenCalledTimes(1);
  });
});
