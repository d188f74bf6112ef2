import { z } from "zod";
import {
  API_TOKEN_EXPIRIES,
  API_TOKEN_SCOPES,
  type ApiTokenScope,
} from "@/domain/api/api-token-options";
import { storableString } from "./text";

// The options live in the domain (no zod) so client components can import them.
export { API_TOKEN_EXPIRIES, API_TOKEN_SCOPES, type ApiTokenScope };

/** Settings > API tokens > Create: a name to tell it apart, what it may do, how long it lasts. */
export const createApiTokenSchema = z.object({
  name: storableString({ error: "Give the token a name." })
    .trim()
    .min(1, "Give the token a name, such as “Scale” or “Phone shortcut”.")
    .max(60, "Keep the name to 60 characters."),
  scope: z.enum(API_TOKEN_SCOPES, { error: "Choose read-only or read and write." }),
  expiresInDays: z.enum(API_TOKEN_EXPIRIES, { error: "Choose when the token expires." }),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.string().regex(/^[1-9]\d{0,17}$/, "This token does not exist.");

/** Settings > API tokens > Revoke. */
export const revokeApiTokenSchema = z.object({ id: apiTokenIdSchema });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;

/** A token as Settings lists it: never the token itself. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  hint: string;
  scope: ApiTokenScope;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  /** Revoked tokens are listed no more; expired ones are, marked, until revoked. */
  expired: boolean;
}
