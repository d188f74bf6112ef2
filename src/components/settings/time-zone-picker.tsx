"use client";

import { useEffect, useId, useState } from "react";
import { filterZones } from "@/domain/calendar/zone-search";

interface Props {
  /** Today's IANA names, sorted ("Europe/Kyiv", not "Europe/Kiev"). */
  zones: string[];
  /** Old name -> today's name, for a device that still reports an old one. */
  renames: Record<string, string>;
  value: string;
  onChange: (zone: string) => void;
}

const shown = (zone: string) => zone.replaceAll("_", " ");
/**
 * A search box over the time-zone list, and this device's zone offered first. Typing narrows
 * the list and picks its first match, so "berl" is enough for Europe/Berlin; the pick is
 * always shown in the list, so what will be saved is never hidden.
 */
export function TimeZonePicker({ zones, renames, value, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  // The browser's zone, read after hydration: rendered on the server it would be the server's.
  const [deviceZone, setDeviceZone] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setDeviceZone(renames[zone] ?? zone);
  }, [renames]);

  const matches = filterZones(zones, query);
  const options = matches.includes(value) ? matches : [value, ...matches];

  function search(text: string) {
    setQuery(text);
    const found = filterZones(zones, text);
    if (found[0] && !found.includes(value)) onChange(found[0]);
  }

  return (
    <>
      {deviceZone && deviceZone !== value && zones.includes(deviceZone) && (
        <div>
          <button type="button" onClick={() => onChange(deviceZone)}>
            Use this device&apos;s zone: {shown(deviceZone)}
          </button>
        </div>
      )}
      <label>
        Search zones
        <input
          type="search"
          value={query}
          onChange={(event) => search(event.target.value)}
          placeholder="City or region, e.g. Berlin"
          aria-controls={id}
          autoComplete="off"
        />
      </label>
      {query && matches.length === 0 && (
        <p className="muted form-message" role="status">
          No time zone matches “{query}”.
        </p>
      )}
      <label>
        Time zone
        <select
          id={id}
          name="timeZone"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((zone) => (
            <option key={zone} value={zone}>
              {shown(zone)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
