import { DatabaseError } from "pg";
import { QueryFailedError } from "typeorm";
import { memoryLogger } from "./memory-logger";

const ENTRY = "Dear diary, today I told nobody my secret. ".repeat(2250); // ~97 KB
const HASH = "$2b$12$abcdefghijklmnopqrstuuFzTc1nAqT9h3k0SQE5Wq7c6y1pI2rGS";
const UPSERT = "INSERT INTO diary_entries (date, content) VALUES ($1::date, $2::text)";

/** What node-postgres throws for a CHECK violation: the detail quotes the whole row. */
function checkViolation(): DatabaseError {
  const error = new DatabaseError(
    'new row for relation "diary_entries" violates check constraint "diary_short"',
    300,
    "error",
  );
  Object.assign(error, {
    severity: "ERROR",
    code: "23514",
    detail: `Failing row contains (2026-12-03, ${ENTRY}, ${HASH}).`,
    where: `SQL statement "${UPSERT}"`,
    schema: "public",
    table: "diary_entries",
    constraint: "diary_short",
    routine: "ExecConstraints",
  });
  return error;
}

function failedSave(): QueryFailedError {
  return new QueryFailedError(UPSERT, ["2026-12-03", ENTRY, HASH], checkViolation());
}

describe("logged errors", () => {
  it("keep code, message and query of a failed query, never its parameters or detail", () => {
    const log = memoryLogger();
    log.logger.error({ action: "saveDiary", err: failedSave() }, "server action failed");
    const text = log.text();
    expect(text).not.toContain("told nobody");
    expect(text).not.toContain(HASH);
    const [record] = log.records();
    expect(record?.err).toMatchObject({
      type: "QueryFailedError",
      code: "23514",
      severity: "ERROR",
      routine: "ExecConstraints",
      table: "diary_entries",
      constraint: "diary_short",
      query: UPSERT,
      message: 'new row for relation "…"',
    });
    expect(record?.err).not.toHaveProperty("parameters");
    expect(record?.err).not.toHaveProperty("detail");
    expect(record?.err).not.toHaveProperty("driverError");
    expect(String((record?.err as { stack?: string }).stack)).toMatch(/^QueryFailedError: new row/);
  });

  it("drop a value the database quoted in its message, in the stack and msg too", () => {
    const driver = new DatabaseError(`invalid input syntax for type date: "${HASH}"`, 100, "error");
    Object.assign(driver, { code: "22007", severity: "ERROR", routine: "DateTimeParseError" });
    const log = memoryLogger();
    log.logger.error(new QueryFailedError("SELECT $1::date", [HASH], driver));
    log.logger.error({ err: new QueryFailedError("SELECT $1::date", [HASH], driver) });
    expect(log.text()).not.toContain("abcdefghijklmnop");
    for (const record of log.records()) {
      expect(record.msg).toBe('invalid input syntax for type date: "…"');
      expect(record.err).toMatchObject({ code: "22007", query: "SELECT $1::date" });
    }
  });

  it("clean a whole cause chain, under any key, keeping each cause's code", () => {
    const wrapper = new Error(`Saving failed: ${failedSave().message}`, {
      cause: failedSave(),
    });
    const log = memoryLogger();
    log.logger.error({ err: wrapper, failure: failedSave(), error: failedSave() }, "failed");
    const text = log.text();
    expect(text).not.toContain("told nobody");
    expect(text).not.toContain(HASH);
    const [record] = log.records();
    expect(record?.err).toMatchObject({
      message: 'Saving failed: new row for relation "…"',
      cause: { type: "QueryFailedError", code: "23514", query: UPSERT },
    });
    expect(record?.failure).toMatchObject({ code: "23514" });
    expect(record?.error).toMatchObject({ code: "23514" });
  });

  it("leave other errors' messages as they are", () => {
    const log = memoryLogger();
    const missing = Object.assign(new Error("ENOENT: no such file, open '/data/backups/x.json'"), {
      code: "ENOENT",
      syscall: "open",
    });
    log.logger.error({ err: missing }, "backup failed");
    expect(log.records()[0]?.err).toMatchObject({
      type: "Error",
      code: "ENOENT",
      syscall: "open",
      message: "ENOENT: no such file, open '/data/backups/x.json'",
    });
  });

  it("redact hashes, tokens, cookies and diary text wherever a caller put them", () => {
    const log = memoryLogger();
    log.logger.info(
      {
        passwordHash: HASH,
        owner: { passwordHash: HASH, password_hash: HASH },
        form: { current: "old secret", password: "new secret", confirm: "new secret" },
        setupToken: "setup-token-value",
        req: { headers: { cookie: "session=cookie-value", authorization: "Bearer bearer-value" } },
        entry: { date: "2026-12-03", content: ENTRY },
      },
      "careless",
    );
    const text = log.text();
    for (const secret of [HASH, "secret", "token-value", "cookie-value", "bearer", "nobody"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("2026-12-03");
    expect(text).toContain("[redacted]");
  });
});
