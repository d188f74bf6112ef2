import { getAllTimezones } from "countries-and-timezones";
import { canonicalTimeZone } from "./day";

/**
 * Time-zone names as the IANA database spells them today. The JavaScript runtime's ICU may
 * still call a zone by a name IANA has since renamed (Node 20 answers "Asia/Calcutta" and
 * "Europe/Kiev" even for "Asia/Kolkata" and "Europe/Kyiv"), so the renames come from the
 * IANA data in `countries-and-timezones`: a deprecated name whose zone covers exactly the
 * same countries as its target is a rename (Kiev -> Kyiv, US/Eastern -> America/New_York);
 * one merged into another country's zone (Europe/Stockholm -> Europe/Berlin) is not, and
 * keeps its own name, as owners expect to find their own city.
 *
 * Kept out of `./index.ts`: the data is for the server and the settings page, not for every
 * client bundle that needs a calendar helper.
 */
function buildRenames(): ReadonlyMap<string, string> {
  const zones = getAllTimezones({ deprecated: true });
  const renames = new Map<string, string>();
  for (const zone of Object.values(zones)) {
    const target = zone.aliasOf ? zones[zone.aliasOf] : undefined;
    if (!target || zone.countries.length === 0) continue;
    const same =
      zone.countries.length === target.countries.length &&
      zone.countries.every((country) => target.countries.includes(country));
    if (same && canonicalTimeZone(target.name) !== null) renames.set(zone.name, target.name);
  }
  return renames;
}

let renames: ReadonlyMap<string, string> | undefined;

/** Old name -> today's name, for every renamed zone the runtime knows. */
export function zoneRenames(): ReadonlyMap<string, string> {
  renames ??= buildRenames();
  return renames;
}

/**
 * Today's IANA name of a valid time zone in any spelling ("asia/calcutta" -> "Asia/Kolkata"),
 * or null for an unknown one. "UTC" stays "UTC".
 */
export function canonicalZoneName(timeZone: string): string | null {
  const resolved = canonicalTimeZone(timeZone);
  if (resolved === null) return null;
  return zoneRenames().get(resolved) ?? resolved;
}

function buildChoices(): readonly string[] {
  const names = new Set<string>(["UTC"]);
  for (const zone of Intl.supportedValuesOf("timeZone")) {
    const name = canonicalZoneName(zone);
    if (name) names.add(name);
  }
  return [...names].sort();
}

let choices: readonly string[] | undefined;

/** Every zone to choose from, by today's names, sorted, with `current` (a valid zone) in it. */
export function timeZoneChoices(current: string): string[] {
  choices ??= buildChoices();
  const name = canonicalZoneName(current);
  if (!name || choices.includes(name)) return [...choices];
  return [...choices, name].sort();
}
