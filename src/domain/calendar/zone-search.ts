const searchable = (text: string) => text.replaceAll("_", " ").trim().toLowerCase();

/**
 * The zones whose name contains the query, ignoring case and "_" ("berl" finds Europe/Berlin,
 * "new york" America/New_York); all of them for an empty query.
 */
export function filterZones(zones: readonly string[], query: string): string[] {
  const needle = searchable(query);
  return needle ? zones.filter((zone) => searchable(zone).includes(needle)) : [...zones];
}
