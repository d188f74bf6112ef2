import pg from "pg";
import { QueryFailedError } from "typeorm";
import {
  DATABASE_DISK_FULL,
  DATABASE_UNAVAILABLE,
  databaseOutage,
  isDatabaseUnavailable,
} from "@/server/db/unavailable";
import { freePort } from "../../helpers/free-port";

describe("telling an unreachable database from a failed statement", () => {
  it("knows pg's refused connection, also wrapped by TypeORM", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: await freePort(), user: "x" });
    const refused = await client.connect().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const wrapped = new QueryFailedError("SELECT 1", [], refused as Error);
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("knows a server shutting down and a pool that could not connect", () => {
    const shutdown = Object.assign(
      new Error("terminating connection due to administrator command"),
      {
        code: "57P01",
      },
    );
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("does not excuse a statement the database refused", () => {
    const unique = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
    });
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new QueryFailedError("SELECT", [], unique))).toBe(false);
    expect(isDatabaseUnavailable("a string")).toBe(false);
  });

  it("says a full disk in its own sentence, and only for disk_full", () => {
    const full = Object.assign(new Error("could not extend file: No space left on device"), {
      code: "53100",
    });
    expect(databaseOutage(new QueryFailedError("INSERT", [], full))).toBe(DATABASE_DISK_FULL);
    expect(databaseOutage(new Error("timeout exceeded when trying to connect"))).toBe(
      DATABASE_UNAVAILABLE,
    );
    const unique = Object.assign(new Error("duplicate key"), { code: "23505" });
    expect(databaseOutage(unique)).toBeNull();
  });
});
