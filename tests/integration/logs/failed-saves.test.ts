import { processLog } from "./capture-process-log";
import { saveDiaryAction } from "@/app/(app)/diary/actions";
import { changePasswordAction } from "@/app/(app)/settings/actions";
import { logger } from "@/server/log";
import { createOwner } from "@/server/services/owner-store";
import { loadOwnerCalendar } from "@/server/settings/owner-calendar";
import { databaseForThisFile } from "../../helpers/test-database";

// The session check is next-auth's (cookies, a request); these tests are about what is logged.
jest.mock("@/server/auth/session", () => ({ requireOwner: async () => ({ ownerId: "1" }) }));
jest.mock("@/server/auth/request-client-key", () => ({ requestClientKey: async () => "test" }));

const testDb = databaseForThisFile();
const ENTRY = "Dear diary, today I told nobody my secret. ".repeat(2250); // ~97 KB
const BCRYPT_HASH = /\$2[aby]\$\d\d\$/;

beforeEach(() => processLog.clear());

function loggedFailure() {
  const lines = processLog.text().trim().split("\n").filter(Boolean);
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? "{}") as {
    msg: string;
    action: string;
    err: Record<string, unknown>;
  };
}

describe("a save that fails in the database", () => {
  it("goes through the process logger", () => {
    expect(logger).toBe(processLog.logger);
  });

  it("logs the diary save's error without the entry's text", async () => {
    const { today } = await loadOwnerCalendar(testDb.db, new Date());
    await testDb.db.query(
      "ALTER TABLE diary_entries ADD CONSTRAINT log_test_short CHECK (length(content) < 100)",
    );
    try {
      const result = await saveDiaryAction({ day: today, content: ENTRY, baseVersion: 0 });
      expect(result).toMatchObject({ ok: false, retry: true });
    } finally {
      await testDb.db.query("ALTER TABLE diary_entries DROP CONSTRAINT log_test_short");
    }
    expect(processLog.text()).not.toContain("told nobody");
    const line = loggedFailure();
    expect(line).toMatchObject({ action: "saveDiary", msg: "server action failed" });
    expect(line.err).toMatchObject({ type: "QueryFailedError", code: "23514" });
    expect(line.err.query).toContain("INSERT INTO diary_entries");
  });

  it("logs the password change's error without the new hash", async () => {
    await createOwner(testDb.db, "the old password");
    await testDb.db.query(
      "ALTER TABLE users ADD CONSTRAINT log_test_version CHECK (session_version < 2)",
    );
    const form = new FormData();
    form.set("current", "the old password");
    form.set("password", "a brand new password");
    form.set("confirm", "a brand new password");
    try {
      const result = await changePasswordAction({ ok: true, message: "" }, form);
      expect(result).toMatchObject({ ok: false, retry: true });
    } finally {
      await testDb.db.query("ALTER TABLE users DROP CONSTRAINT log_test_version");
    }
    const text = processLog.text();
    expect(text).not.toMatch(BCRYPT_HASH);
    expect(text).not.toContain("brand new");
    expect(loggedFailure().err).toMatchObject({ code: "23514", constraint: "log_test_version" });
  });

  it("logs a value the database quoted in its message as …", async () => {
    const error = await testDb.db
      .query("SELECT $1::date", ["told nobody"])
      .catch((e: unknown) => e);
    expect(String(error)).toContain('"told nobody"');
    logger.error({ err: error });
    expect(processLog.text()).not.toContain("told nobody");
    expect(loggedFailure()).toMatchObject({
      msg: 'invalid input syntax for type date: "…"',
      err: { code: "22007", query: "SELECT $1::date" },
    });
  });
});
