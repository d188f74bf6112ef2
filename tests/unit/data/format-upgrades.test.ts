import { upgradeDocument, type FormatUpgrades } from "@/server/services/data/format-upgrades";

// A made-up history: version 1 called the diary "journal"; version 2 renamed it.
const upgrades: FormatUpgrades = {
  1: ({ journal, ...doc }) => ({ ...doc, formatVersion: 2, diary: journal }),
};

describe("export format versions", () => {
  it("upgrades an older document step by step to the current version", () => {
    const old = {
      format: "tracker-export",
      formatVersion: 1,
      journal: [{ date: "2026-01-01", content: "x" }],
    };
    expect(upgradeDocument(old, 2, upgrades)).toEqual({
      format: "tracker-export",
      formatVersion: 2,
      diary: [{ date: "2026-01-01", content: "x" }],
    });
  });

  it("refuses a document from a newer Tracker, saying what to do", () => {
    expect(() =>
      upgradeDocument({ format: "tracker-export", formatVersion: 3 }, 2, upgrades),
    ).toThrow(
      "This file was exported by a newer Tracker (format version 3); this one reads versions up to 2. " +
        "Update Tracker, then import the file again. Nothing was imported.",
    );
  });

  it("refuses a version no Tracker wrote, and leaves what is no export to the frame check", () => {
    expect(() =>
      upgradeDocument({ format: "tracker-export", formatVersion: 0 }, 2, upgrades),
    ).toThrow(/Format version 0 is not one Tracker ever wrote/);
    expect(upgradeDocument([1, 2], 2, upgrades)).toEqual([1, 2]);
    expect(upgradeDocument({ format: "other", formatVersion: 9 }, 2, upgrades)).toEqual({
      format: "other",
      formatVersion: 9,
    });
  });
});
