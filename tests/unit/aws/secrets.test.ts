import type * as SecretsModule from "@/server/aws/secrets";

/**
 * readSecret keeps each secret (and each JSON field of it) for five minutes, so a rotated
 * value arrives without a redeploy and a failed read is not remembered.
 */
const mockSend = jest.fn<Promise<{ SecretString?: string }>, [{ input: { SecretId: string } }]>();
const mockClient = jest.fn((config: { region: string }) => ({ config, send: mockSend }));

jest.mock("@aws-sdk/client-secrets-manager", () => ({
  SecretsManagerClient: mockClient,
  GetSecretValueCommand: jest.fn((input: { SecretId: string }) => ({ input })),
}));

const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:tracker-session-AbCdEf";
const DB_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:tracker-db-AbCdEf";
const REGION = "eu-west-1";
const FIVE_MINUTES = 5 * 60 * 1000;

/** A fresh module, so every test starts with an empty cache and no client. */
function load(): typeof SecretsModule {
  let loaded: typeof SecretsModule | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<typeof SecretsModule>("@/server/aws/secrets");
  });
  if (!loaded) throw new Error("could not load secrets.ts");
  return loaded;
}

const answer = (SecretString?: string) => Promise.resolve({ SecretString });
const requestedIds = () => mockSend.mock.calls.map(([command]) => command.input.SecretId);

beforeEach(() => {
  mockSend.mockReset();
  mockClient.mockClear();
  jest.useFakeTimers({ now: new Date("2026-05-01T10:00:00Z") });
});
afterEach(() => jest.useRealTimers());

describe("readSecret", () => {
  it("reads the secret by ARN in the given region and serves repeats from the cache", async () => {
    const { readSecret } = load();
    mockSend.mockImplementation(() => answer("session-secret-value"));
    await expect(readSecret(ARN, REGION)).resolves.toBe("session-secret-value");
    await expect(readSecret(ARN, REGION)).resolves.toBe("session-secret-value");
    expect(requestedIds()).toEqual([ARN]);
    expect(mockClient).toHaveBeenCalledTimes(1);
    expect(mockClient).toHaveBeenCalledWith({ region: REGION });
  });

  it("concurrent callers share one request", async () => {
    const { readSecret } = load();
    mockSend.mockImplementation(() => answer("v"));
    await expect(Promise.all([readSecret(ARN, REGION), readSecret(ARN, REGION)])).resolves.toEqual([
      "v",
      "v",
    ]);
    expect(mockSend).toHaveBeenCalledTimes(1);
  });

  it("returns the named field of a JSON secret, cached apart from the whole value", async () => {
    const { readSecret } = load();
    const json = JSON.stringify({ username: "tracker_admin", password: "pw-123", port: 5432 });
    mockSend.mockImplementation(() => answer(json));
    await expect(readSecret(DB_ARN, REGION, "password")).resolves.toBe("pw-123");
    await expect(readSecret(DB_ARN, REGION, "username")).resolves.toBe("tracker_admin");
    await expect(readSecret(DB_ARN, REGION)).resolves.toBe(json);
    await expect(readSecret(DB_ARN, REGION, "password")).resolves.toBe("pw-123");
    expect(mockSend).toHaveBeenCalledTimes(3);
  });

  it.each([
    ["a missing field", '{"username":"u"}', "password", /has no field password/],
    ["a field that is not a string", '{"password":5432}', "password", /has no field password/],
    ["a value that is not JSON", "plain-text", "password", /is not JSON/],
    ["a JSON value that is not an object", "null", "password", /is not JSON/],
    ["a secret without a string value", undefined, undefined, /has no string value/],
  ])("fails on %s, naming the secret", async (_case, value, field, error) => {
    const { readSecret } = load();
    mockSend.mockImplementation(() => answer(value));
    await expect(readSecret(DB_ARN, REGION, field)).rejects.toThrow(error);
    await expect(readSecret(DB_ARN, REGION, field)).rejects.toThrow(DB_ARN);
  });

  it("never puts the secret's value into the error message", async () => {
    const { readSecret } = load();
    mockSend.mockImplementation(() => answer("hunter2-not-json"));
    const error = await readSecret(DB_ARN, REGION, "password").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain("hunter2");
  });

  it("forgets a failed read, so the next call asks again and can succeed", async () => {
    const { readSecret } = load();
    mockSend
      .mockImplementationOnce(() => Promise.reject(new Error("AccessDeniedException")))
      .mockImplementation(() => answer("recovered"));
    await expect(readSecret(ARN, REGION)).rejects.toThrow("AccessDeniedException");
    await expect(readSecret(ARN, REGION)).resolves.toBe("recovered");
    expect(mockSend).toHaveBeenCalledTimes(2);
  });

  it("forgets a value that failed to parse, too", async () => {
    const { readSecret } = load();
    mockSend
      .mockImplementationOnce(() => answer('{"username":"u"}'))
      .mockImplementation(() => answer('{"password":"rotated"}'));
    await expect(readSecret(DB_ARN, REGION, "password")).rejects.toThrow(/has no field/);
    await expect(readSecret(DB_ARN, REGION, "password")).resolves.toBe("rotated");
  });

  it("keeps a value for five minutes, then reads the rotated one", async () => {
    const { readSecret } = load();
    mockSend
      .mockImplementationOnce(() => answer("before-rotation"))
      .mockImplementation(() => answer("after-rotation"));
    await expect(readSecret(ARN, REGION)).resolves.toBe("before-rotation");
    jest.setSystemTime(Date.now() + FIVE_MINUTES - 1);
    await expect(readSecret(ARN, REGION)).resolves.toBe("before-rotation");
    jest.setSystemTime(Date.now() + 1);
    await expect(readSecret(ARN, REGION)).resolves.toBe("after-rotation");
    expect(mockSend).toHaveBeenCalledTimes(2);
  });

  it("caches per secret: another ARN is read on its own", async () => {
    const { readSecret } = load();
    mockSend.mockImplementation((command) => answer(`value-of-${command.input.SecretId}`));
    await expect(readSecret(ARN, REGION)).resolves.toBe(`value-of-${ARN}`);
    await expect(readSecret(DB_ARN, REGION)).resolves.toBe(`value-of-${DB_ARN}`);
    expect(requestedIds()).toEqual([ARN, DB_ARN]);
  });
});
