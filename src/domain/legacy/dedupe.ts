/** Rows with the same key: the later one wins (the old app had no constraint on some tables). */
export function lastByKey<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  onDuplicate: (key: string) => void,
): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    if (byKey.has(key)) onDuplicate(key);
    byKey.set(key, row);
  }
  return [...byKey.values()];
}
