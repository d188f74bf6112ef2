import { DatabaseResumingException, RDSDataServiceException } from "@aws-sdk/client-rds-data";
import { QueryFailedError } from "typeorm";
import {
  APP_RESUME_DELAYS,
  backoffDelays,
  isDatabaseResuming,
  retryWhileResuming,
} from "@/server/db/data-api/resume-retry";
import { toQueryFailedError } from "@/server/db/data-api/query-error";

const MESSAGE = "The Aurora DB instance tracker is resuming after being auto-paused.";
const resuming = () => new DatabaseResumingException({ message: MESSAGE, $metadata: {} });
const sum = (delays: readonly number[]) => delays.reduce((total, delay) => total + delay, 0);

describe("app: recognising a paused database", () => {
  it("recognises the SDK's exception, bare or wrapped by the adapter like TypeORM does", () => {
    expect(isDatabaseResuming(resuming())).toBe(true);
    const wrapped = toQueryFailedError("SELECT 1", [], resuming());
    expect(wrapped).toBeInstanceOf(QueryFailedError);
    expect(isDatabaseResuming(wrapped)).toBe(true);
    expect(isDatabaseResuming(new Error("x", { cause: resuming() }))).toBe(true);
    expect(isDatabaseResuming(new Error("DatabaseResumingException: resuming"))).toBe(true);
  });

  it("does not mistake other service or SQL errors for it", () => {
    const other = (name: string) =>
      new RDSDataServiceException({ name, $fault: "client", message: "x", $metadata: {} });
    expect(isDatabaseResuming(other("StatementTimeoutException"))).toBe(false);
    expect(isDatabaseResuming(other("DatabaseErrorException"))).toBe(false);
    expect(isDatabaseResuming(new Error("syntax error at or near"))).toBe(false);
    expect(isDatabaseResuming(undefined)).toBe(false);
    expect(isDatabaseResuming("DatabaseResumingException")).toBe(false);
  });
});

describe("app: bounded backoff", () => {
  it("doubles from the first wait, caps each wait and keeps the sum within the budget", () => {
    expect(backoffDelays({ firstMs: 1, maxMs: 4, totalMs: 15 })).toEqual([1, 2, 4, 4, 4]);
    expect(backoffDelays({ firstMs: 10, maxMs: 10, totalMs: 10 })).toEqual([10]);
    expect(() => backoffDelays({ firstMs: 0, maxMs: 1, totalMs: 1 })).toThrow(/invalid/);
    expect(() => backoffDelays({ firstMs: 5, maxMs: 1, totalMs: 10 })).toThrow(/invalid/);
  });

  it("the app waits ~40 s at most: longer than a typical resume, shorter than a page timeout", () => {
    expect(sum(APP_RESUME_DELAYS)).toBeGreaterThanOrEqual(30_000);
    expect(sum(APP_RESUME_DELAYS)).toBeLessThanOrEqual(40_000);
    expect(Math.max(...APP_RESUME_DELAYS)).toBeLessThanOrEqual(8_000);
    expect(APP_RESUME_DELAYS[0]).toBeLessThanOrEqual(1_000);
  });
});

describe("app: retry while the database resumes", () => {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  beforeEach(() => waits.splice(0));

  it("retries with the given waits until the database answers", async () => {
    const task = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(resuming())
      .mockRejectedValueOnce(resuming())
      .mockResolvedValue("done");
    await expect(retryWhileResuming(task, { delaysMs: [5, 7, 9], sleep })).resolves.toBe("done");
    expect(task).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([5, 7]);
  });

  it("gives up after the last wait and rethrows the resume error", async () => {
    const task = jest.fn<Promise<string>, []>().mockRejectedValue(resuming());
    const result = retryWhileResuming(task, { delaysMs: [1, 2], sleep });
    await expect(result).rejects.toBeInstanceOf(DatabaseResumingException);
    await expect(result).rejects.toThrow(MESSAGE);
    expect(task).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([1, 2]);
  });

  it("does not retry other errors", async () => {
    const task = jest.fn<Promise<string>, []>().mockRejectedValue(new Error("permission denied"));
    await expect(retryWhileResuming(task, { delaysMs: [1, 2], sleep })).rejects.toThrow(
      "permission denied",
    );
    expect(task).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });
});
