import fc from "fast-check";

/** Calendar days (YYYY-MM-DD) from `first` to `last`, both included. */
export function isoDayArbitrary(first: string, last: string): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date(`${first}T00:00:00Z`),
      max: new Date(`${last}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
}
