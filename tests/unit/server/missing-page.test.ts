import { missingPageMessage } from "@/components/errors/missing-page";

describe("what the not-found page says was missing", () => {
  it.each([
    ["/diary/2025-02-30", "2025-02-30 does not exist."],
    ["/diary/abc", '"abc" is not a day. Use YYYY-MM-DD.'],
    ["/diary/2999-01-01", "2999-01-01 is still ahead: its diary page opens on that day."],
    ["/tasks/abc", "That task does not exist. It may have been deleted."],
    ["/tasks/123", "That task does not exist. It may have been deleted."],
    ["/nowhere/at%20all", "There is no page at /nowhere/at all."],
    [null, "There is no page at this address."],
  ])("%s", (path, message) => {
    expect(missingPageMessage(path)).toBe(message);
  });
});
