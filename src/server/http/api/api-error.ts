import { z } from "zod";

/** The one error shape of /api/v1: a code per status, a sentence, and per-field sentences. */
export const API_ERROR_CODES = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "invalid_input",
  429: "rate_limited",
  500: "internal_error",
  503: "unavailable",
} as const;
export type ApiErrorStatus = keyof typeof API_ERROR_CODES;

/** What a request without valid credentials is told. */
export const API_SIGN_IN =
  "Sign in, or send a personal API token from Settings as “Authorization: Bearer trk_…”.";

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.values(API_ERROR_CODES)),
      message: z.string().meta({ description: "A sentence for a person." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "Per field (dotted path): what is wrong with it." }),
      version: z
        .number()
        .int()
        .optional()
        .meta({ description: "409 on a stale write: the record's current version." }),
    }),
  })
  .meta({ id: "Error" });

export interface ApiErrorDetail {
  fields?: Record<string, string>;
  version?: number;
  headers?: Record<string, string>;
}

/** A refusal of the API layer itself (credentials, envelope, rate), thrown and answered once. */
export class ApiError extends Error {
  constructor(
    readonly status: ApiErrorStatus,
    message: string,
    readonly detail: ApiErrorDetail = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The error body: `{ "error": { "code", "message", "fields"?, "version"? } }`. */
export function apiErrorBody(
  status: number,
  message: string,
  { fields, version }: Omit<ApiErrorDetail, "headers"> = {},
): z.infer<typeof apiErrorSchema> {
  const code = API_ERROR_CODES[status as ApiErrorStatus] ?? API_ERROR_CODES[500];
  return {
    error: { code, message, ...(fields && { fields }), ...(version !== undefined && { version }) },
  };
}

export function apiErrorResponse(status: number, message: string, detail: ApiErrorDetail = {}) {
  return Response.json(apiErrorBody(status, message, detail), { status, headers: detail.headers });
}

/** Each refused field's first sentence, by dotted path ("body" for the body as a whole). */
export function fieldMessages(error: z.ZodError, root: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : root;
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A refused part of the request (path, query or body): 400 or 422 with every field's sentence. */
export function invalidPart(error: z.ZodError, part: "path" | "query" | "body"): ApiError {
  const fields = fieldMessages(error, part);
  const where = { path: "address", query: "query string", body: "body" }[part];
  const status = part === "body" ? 422 : 400;
  return new ApiError(
    status,
    `The ${where} of this request has invalid values: ${Object.values(fields).join(" ")}`,
    {
      fields,
    },
  );
}
