import type { PutObjectCommand } from "@aws-sdk/client-s3";
import { backupKeys, runBackup } from "../../../amplify/functions/backup/handler";
import { saveDiary } from "@/server/services/diary/diary";
import { saveWeight } from "@/server/services/weight/weight";
import { databaseForThisFile } from "../../helpers/test-database";

const testDb = databaseForThisFile();
const now = new Date("2026-12-01T03:30:00.000Z");

/** Records what the function would put into S3. */
function fakeS3(fail = false) {
  const puts: Array<PutObjectCommand["input"]> = [];
  return {
    puts,
    send: async (command: PutObjectCommand) => {
      if (fail) throw new Error("AccessDenied");
      puts.push(command.input);
      return {};
    },
  };
}

describe("the cloud backup function, through the Data API stand-in", () => {
  it("puts the export document under daily/ (and monthly/ on the 1st), encrypted", async () => {
    await saveWeight(testDb.db, { day: "2026-11-30", weight: 80.1 }, now);
    await saveDiary(
      testDb.db,
      { day: "2026-11-30", content: "Backed up ☁️", baseVersion: null },
      now,
    );
    const s3 = fakeS3();
    const result = await runBackup({
      s3: s3,
      bucket: "tracker-backups",
      target: testDb.target,
      now,
    });
    expect(result.keys).toEqual([
      "daily/tracker-2026-12-01-daily-20261201T033000Z.json",
      "monthly/tracker-2026-12-01-daily-20261201T033000Z.json",
    ]);
    expect(s3.puts.map((put) => put.Key)).toEqual(result.keys);
    for (const put of s3.puts) {
      expect(put).toMatchObject({
        Bucket: "tracker-backups",
        ContentType: "application/json; charset=utf-8",
        ServerSideEncryption: "AES256",
      });
      const doc = JSON.parse(String(put.Body)) as { weights: unknown; diary: unknown };
      expect(doc.weights).toEqual([{ date: "2026-11-30", weightKg: 80.1 }]);
      expect(doc.diary).toEqual([{ date: "2026-11-30", content: "Backed up ☁️" }]);
    }
    expect(result.bytes).toBe(Buffer.byteLength(String(s3.puts[0]?.Body)));
  });

  it("writes only daily/ on other days, and fails loudly when S3 refuses", async () => {
    expect(backupKeys(new Date("2026-12-02T03:30:00Z"))).toEqual([
      "daily/tracker-2026-12-02-daily-20261202T033000Z.json",
    ]);
    await expect(
      runBackup({ s3: fakeS3(true), bucket: "b", target: testDb.target, now }),
    ).rejects.toThrow("AccessDenied");
  });
});
