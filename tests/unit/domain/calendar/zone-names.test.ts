import { canonicalZoneName, timeZoneChoices, zoneRenames } from "@/domain/calendar/zone-names";
import { filterZones } from "@/domain/calendar/zone-search";

describe("today's IANA time-zone names", () => {
  it.each([
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["asia/calcutta", "Asia/Kolkata"],
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
    ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["US/Eastern", "America/New_York"],
    ["europe/berlin", "Europe/Berlin"],
    // Merged into another country's zone by IANA, but still the owner's own city: kept.
    ["Europe/Stockholm", "Europe/Stockholm"],
    ["Europe/Amsterdam", "Europe/Amsterdam"],
    ["UTC", "UTC"],
    ["Etc/UTC", "UTC"],
    ["Mars/Olympus_Mons", null],
    ["", null],
  ])("canonicalZoneName(%j) -> %j", (zone, expected) => {
    expect(canonicalZoneName(zone)).toBe(expected);
  });

  it("offers only today's names, with UTC and the current zone", () => {
    const choices = timeZoneChoices("Asia/Kolkata");
    expect(choices).toEqual(expect.arrayContaining(["Asia/Kolkata", "Europe/Kyiv", "UTC"]));
    expect(choices).not.toContain("Asia/Calcutta");
    expect(choices).not.toContain("Europe/Kiev");
    expect(choices).toEqual([...new Set(choices)].sort());
    expect(choices.length).toBeGreaterThan(300);
  });

  it("adds a current zone the runtime does not list, in order, to a fresh list each time", () => {
    const choices = timeZoneChoices("Etc/GMT+5");
    expect(choices).toContain("Etc/GMT+5");
    expect(choices).toEqual([...new Set(choices)].sort());
    expect(timeZoneChoices("Europe/Berlin")).not.toContain("Etc/GMT+5");
    expect(timeZoneChoices("Europe/Berlin")).not.toBe(timeZoneChoices("Europe/Berlin"));
  });

  it("maps every old name to a zone the runtime accepts", () => {
    for (const [, target] of zoneRenames()) expect(canonicalZoneName(target)).toBe(target);
  });
});

describe("the time-zone search", () => {
  const zones = ["America/New_York", "Europe/Berlin", "Europe/Kyiv", "UTC"];

  it("finds zones by any part of the name, ignoring case and underscores", () => {
    expect(filterZones(zones, "berl")).toEqual(["Europe/Berlin"]);
    expect(filterZones(zones, "  New York ")).toEqual(["America/New_York"]);
    expect(filterZones(zones, "europe")).toEqual(["Europe/Berlin", "Europe/Kyiv"]);
    expect(filterZones(zones, "")).toEqual(zones);
    expect(filterZones(zones, "atlantis")).toEqual([]);
  });
});
