import "server-only";
import type { z } from "zod";
import { readLimitedText } from "../request-body";
import { UserError } from "../user-error";
import { ApiError, invalidPart } from "./api-error";

/** The most an API request body may hold; the longest diary entry fits well within it. */
export const API_BODY_LIMIT_BYTES = 1024 * 1024;

const REFUSALS = {
  tooLarge: (limit: string) => `This request body is larger than ${limit}, the most the API reads.`,
  notText: "This request body is not UTF-8 text.",
};

/**
 * The request body as JSON checked by `schema`: 415 unless it says it is JSON, 413 past the
 * limit, 400 when it does not parse, 422 with each field's sentence when a rule refuses it.
 * An empty body counts as `{}`, so a POST whose fields all have defaults needs none. The text
 * comes along for the idempotency fingerprint.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ value: z.output<S>; text: string }> {
  const text = await readLimitedText(request, API_BODY_LIMIT_BYTES, REFUSALS).catch(
    (error: unknown) => {
      if (error instanceof UserError)
        throw new ApiError(error.status === 413 ? 413 : 400, error.message);
      throw error;
    },
  );
  let value: unknown = {};
  if (text.trim() !== "") {
    const type = request.headers.get("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new ApiError(415, "Send the body as JSON, with “Content-Type: application/json”.");
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new ApiError(400, "The request body is not valid JSON.");
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidPart(parsed.error, "body");
  return { value: parsed.data as z.output<S>, text };
}
