/** What a personal API token may do: read only, or read and write. */
export const API_TOKEN_SCOPES = ["read", "write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** The expiries Settings offers, in days ("never": the token lasts until it is revoked). */
export const API_TOKEN_EXPIRIES = ["7", "30", "90", "365", "never"] as const;
export type ApiTokenExpiry = (typeof API_TOKEN_EXPIRIES)[number];

/** The expiry Settings preselects. */
export const DEFAULT_API_TOKEN_EXPIRY: ApiTokenExpiry = "90";

export const API_TOKEN_SCOPE_LABELS: Record<ApiTokenScope, string> = {
  read: "Read only",
  write: "Read and write",
};

export const API_TOKEN_EXPIRY_LABELS: Record<ApiTokenExpiry, string> = {
  "7": "In 7 days",
  "30": "In 30 days",
  "90": "In 90 days",
  "365": "In a year",
  never: "Never",
};
