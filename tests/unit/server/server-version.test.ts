import { assertSupportedServer, UnsupportedServerError } from "@/server/db/migrate";

/** A stand-in for a DataSource whose server reports this server_version_num. */
function serverReporting(version: number | string) {
  return { query: async () => [{ version }] } as unknown as Parameters<
    typeof assertSupportedServer
  >[0];
}

describe("PostgreSQL version floor", () => {
  it("accepts PostgreSQL 13 and later, whichever way the driver types the number", async () => {
    for (const version of [130000, 150014, "170002", 180000]) {
      await expect(assertSupportedServer(serverReporting(version))).resolves.toBeUndefined();
    }
  });

  it("refuses an older server with a message naming both versions", async () => {
    const check = assertSupportedServer(serverReporting(120018));
    await expect(check).rejects.toBeInstanceOf(UnsupportedServerError);
    await expect(assertSupportedServer(serverReporting(120018))).rejects.toThrow(
      /needs PostgreSQL 13 or later; this server is 12/,
    );
  });
});
