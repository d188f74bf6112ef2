import bcrypt from "bcryptjs";
import { hashPassword } from "@/server/auth/password";
import {
  beginLoginAttempt,
  clearLoginFailures,
  LOGIN_FAILURE_LIMIT,
} from "@/server/services/login-throttle";
import {
  authenticateOwner,
  createOwner,
  getSessionVersion,
  OwnerAlreadyExistsError,
  ownerExists,
  revokeOwnerSessions,
  setOwnerPassword,
} from "@/server/services/owner-store";
import { readSettings, writeSettings } from "@/server/settings/settings-store";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(() => testDb.reset());

describe("owner account", () => {
  it("creates exactly one owner even when two setups race", async () => {
    const results = await Promise.allSettled([
      createOwner(testDb.db, "first-password-1"),
      createOwner(testDb.db, "second-password-2"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(OwnerAlreadyExistsError);
    expect(await ownerExists(testDb.db)).toBe(true);
  });

  it("stores a bcrypt hash, never the password", async () => {
    await createOwner(testDb.db, "correct horse battery");
    const [row] = await testDb.db.query(`SELECT password_hash FROM users`);
    expect(row.password_hash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.password_hash).not.toContain("correct horse");
  });

  it("authenticates only the right password", async () => {
    const owner = await createOwner(testDb.db, "correct horse battery");
    expect(await authenticateOwner(testDb.db, "wrong password!")).toBeNull();
    expect(await authenticateOwner(testDb.db, "correct horse battery")).toEqual({
      id: owner.id,
      sessionVersion: 1,
    });
  });

  it("without an owner, still runs a bcrypt compare at the real cost (no timing tell)", async () => {
    const compare = jest.spyOn(bcrypt, "compare");
    try {
      expect(await authenticateOwner(testDb.db, "any guess at all")).toBeNull();
      expect(compare).toHaveBeenCalledTimes(1);
      const [password, hash] = compare.mock.calls[0] ?? [];
      expect(password).toBe("any guess at all");
      expect(hash).toMatch(/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/);
      const realHash = await hashPassword("correct horse battery");
      expect(bcrypt.getRounds(String(hash))).toBe(bcrypt.getRounds(realHash));
    } finally {
      compare.mockRestore();
    }
  });

  it("signing out bumps the session version, but only from a current session", async () => {
    const owner = await createOwner(testDb.db, "correct horse battery");
    const signOut = (sessionVersion: number) =>
      revokeOwnerSessions(testDb.db, { ownerId: owner.id, sessionVersion });
    expect(await signOut(1)).toBe(true);
    expect(await getSessionVersion(testDb.db, owner.id)).toBe(2);
    // A cookie already revoked cannot sign the newer sessions out.
    expect(await signOut(1)).toBe(false);
    expect(await getSessionVersion(testDb.db, owner.id)).toBe(2);
  });

  it("bumps the session version when the password changes", async () => {
    const owner = await createOwner(testDb.db, "correct horse battery");
    expect(await setOwnerPassword(testDb.db, "a brand new secret")).toBe(2);
    expect(await getSessionVersion(testDb.db, owner.id)).toBe(2);
    expect(await authenticateOwner(testDb.db, "correct horse battery")).toBeNull();
    expect(await authenticateOwner(testDb.db, "a brand new secret")).not.toBeNull();
  });
});

describe("login throttle", () => {
  const attempt = (key: string) => beginLoginAttempt(testDb.db, key);

  it("blocks a client after five failures and tells when to retry", async () => {
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1) {
      expect(await attempt("198.51.100.7")).toEqual({ allowed: true });
    }
    const verdict = await attempt("198.51.100.7");
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) {
      expect(verdict.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(verdict.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
    expect(await attempt("203.0.113.1")).toEqual({ allowed: true });
  });

  it("does not count refused attempts, so hammering does not extend the wait", async () => {
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1) await attempt("a");
    for (let i = 0; i < 3; i += 1) expect((await attempt("a")).allowed).toBe(false);
    const [row] = await testDb.db.query(
      `SELECT count(*)::int AS n FROM login_attempts WHERE client_key = 'a'`,
    );
    expect(row.n).toBe(LOGIN_FAILURE_LIMIT);
  });

  it("lets at most five of a parallel burst of guesses check a password", async () => {
    await createOwner(testDb.db, "correct horse battery");
    const guess = async (n: number) => {
      if (!(await attempt("burst")).allowed) return "throttled";
      return (await authenticateOwner(testDb.db, `wrong guess ${n}`)) ? "in" : "checked";
    };
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, n) => guess(n)));
    const checked = outcomes.filter((outcome) => outcome === "checked").length;
    expect(outcomes).not.toContain("in");
    expect(checked).toBeLessThanOrEqual(LOGIN_FAILURE_LIMIT);
    // A burst may be refused early (it fails closed), never late: refused guesses leave no
    // trace, so the total, burst plus one-by-one, stops at exactly five.
    let more = 0;
    while ((await attempt("burst")).allowed) more += 1;
    expect(checked + more).toBe(LOGIN_FAILURE_LIMIT);
  });

  it("forgets failures older than the window and after a success", async () => {
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1) await attempt("a");
    await testDb.db.query(`UPDATE login_attempts SET attempted_at = now() - interval '16 minutes'`);
    expect(await attempt("a")).toEqual({ allowed: true });
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1) await attempt("a");
    expect((await attempt("a")).allowed).toBe(false);
    await clearLoginFailures(testDb.db, "a");
    expect(await attempt("a")).toEqual({ allowed: true });
  });
});

describe("settings store", () => {
  it("returns defaults, persists typed values and ignores unreadable ones", async () => {
    expect((await readSettings(testDb.db)).weekStartsOn).toBe(1);
    await writeSettings(testDb.db, { timeZone: "Europe/Berlin", dayStartHour: 3 });
    await testDb.db.query(`INSERT INTO settings (key, value) VALUES ('weightUnit', '"stone"')`);
    const settings = await readSettings(testDb.db);
    expect(settings).toMatchObject({
      timeZone: "Europe/Berlin",
      dayStartHour: 3,
      weightUnit: "kg",
    });
  });

  it("rejects an invalid value without writing anything", async () => {
    await expect(writeSettings(testDb.db, { timeZone: "Mars/Olympus" })).rejects.toThrow();
    expect(await testDb.db.query(`SELECT * FROM settings`)).toEqual([]);
  });
});
