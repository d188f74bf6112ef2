/** The largest import accepted (bytes), so a mistaken upload cannot exhaust the server. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const IMPORT_MODES = ["merge", "replace"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What the owner types to confirm a replace import. */
export const REPLACE_CONFIRMATION = "REPLACE";
