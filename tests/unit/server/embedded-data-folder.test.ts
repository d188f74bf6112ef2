import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkDataFolderAccess, DataFolderError } from "@/server/db/data-folder-access";

const ROOT = path.join(__dirname, "../../..");
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "tracker-folder-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** The embedded database opened on `dataDir` in a child process (PGlite cannot run in jest). */
function openEmbedded(): { ok?: true; error?: string } {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "tests/helpers/open-embedded.ts"), dataDir],
    { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
  );
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  if (!line.startsWith("{")) throw new Error(`The child printed no result: ${child.stderr}`);
  return JSON.parse(line) as { ok?: true; error?: string };
}

describe("the embedded database's data folder", () => {
  // Two starts of PGlite, the first with initdb: slow on a busy machine.
  it("names a damaged pgdata, and says to restore the newest backup instead of Aborted()", () => {
    expect(openEmbedded()).toEqual({ ok: true });
    writeFileSync(path.join(dataDir, "pgdata/global/pg_control"), "garbage ".repeat(1024));
    mkdirSync(path.join(dataDir, "backups"));
    for (const name of [
      "tracker-2026-12-02-daily-20261202T080000Z.json",
      "tracker-2026-12-03-daily-20261203T101500Z.json",
      "notes.txt",
    ]) {
      writeFileSync(path.join(dataDir, "backups", name), "{}");
    }

    const { error } = openEmbedded();
    const pgdata = path.join(dataDir, "pgdata");
    expect(error).toContain(`The embedded database in ${pgdata} could not be opened`);
    expect(error).toContain(`move ${pgdata} aside`);
    expect(error).toContain(
      `npm run restore -- ${path.join(dataDir, "backups/tracker-2026-12-03-daily-20261203T101500Z.json")}`,
    );
  }, 120_000);

  it("says which folder cannot be written and what to do, before PGlite opens it", () => {
    const pgdata = path.join(dataDir, "pgdata");
    mkdirSync(pgdata);
    // Simulated: tests may run as root, whom no file mode stops.
    const deniedOnPgdata = (file: string) => {
      if (file === pgdata) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    };
    expect(() => checkDataFolderAccess(dataDir, deniedOnPgdata)).toThrow(DataFolderError);
    expect(() => checkDataFolderAccess(dataDir, deniedOnPgdata)).toThrow(
      `The data folder ${pgdata} cannot be read and written by the user running Tracker`,
    );
    expect(() => checkDataFolderAccess(dataDir, deniedOnPgdata)).toThrow(/TRACKER_DATA_DIR/);
  });

  it("says when the data folder is on a read-only file system", () => {
    const readOnly = () => {
      throw Object.assign(new Error("EROFS"), { code: "EROFS" });
    };
    expect(() => checkDataFolderAccess(dataDir, readOnly)).toThrow(
      `The data folder ${dataDir} is on a read-only file system`,
    );
  });

  it("lets a folder that does not exist yet through (it is created next)", () => {
    expect(() => checkDataFolderAccess(path.join(dataDir, "new"))).not.toThrow();
  });
});
