import { UserError } from "@/server/http/user-error";
import { changeOwnerPassword } from "@/server/services/account";
import { beginLoginAttempt, LOGIN_FAILURE_LIMIT } from "@/server/services/login-throttle";
import { authenticateOwner, createOwner } from "@/server/services/owner-store";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

const CURRENT = "correct horse battery";
const NEW = "a brand new secret";

let testDb: TestDatabase;
let ownerId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.reset();
  ownerId = (await createOwner(testDb.db, CURRENT)).id;
});

function change(current: string, clientKey = "198.51.100.9") {
  return changeOwnerPassword(testDb.db, {
    current,
    password: NEW,
    confirm: NEW,
    ownerId,
    clientKey,
  });
}

async function storedAccount() {
  return testDb.db.query(`SELECT password_hash, session_version FROM users`);
}

async function expectThrottled(attempt: Promise<void>) {
  const error: unknown = await attempt.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UserError);
  expect(error).toMatchObject({
    status: 429,
    message: "Too many wrong passwords. Nothing was changed; try again in 15 minutes.",
  });
}

describe("changing the password is throttled like the login", () => {
  it("after five wrong current passwords refuses even the right one, and changes nothing", async () => {
    const before = await storedAccount();
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1) {
      await expect(change(`wrong guess ${i}`)).rejects.toMatchObject({ status: 422 });
    }
    await expectThrottled(change(CURRENT));
    expect(await storedAccount()).toEqual(before);
    expect(await authenticateOwner(testDb.db, CURRENT)).not.toBeNull();
    expect(await authenticateOwner(testDb.db, NEW)).toBeNull();
  });

  it("counts the owner's wrong passwords from every address, so switching gives no more", async () => {
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1) {
      await expect(change(`wrong guess ${i}`, `203.0.113.${i}`)).rejects.toThrow(UserError);
    }
    await expectThrottled(change(CURRENT, "203.0.113.99"));
    expect(await authenticateOwner(testDb.db, CURRENT)).not.toBeNull();
  });

  it("adds up with the client's failed logins, in both directions", async () => {
    const client = "192.0.2.50";
    for (let i = 0; i < 3; i += 1)
      expect(await beginLoginAttempt(testDb.db, client)).toEqual({ allowed: true });
    for (let i = 0; i < 2; i += 1) {
      await expect(change(`wrong guess ${i}`, client)).rejects.toMatchObject({ status: 422 });
    }
    await expectThrottled(change(CURRENT, client));
    expect((await beginLoginAttempt(testDb.db, client)).allowed).toBe(false);
    // The owner's own count is at two, so another client with the right password gets through.
    await change(CURRENT, "192.0.2.51");
    expect(await authenticateOwner(testDb.db, NEW)).not.toBeNull();
  });
});
