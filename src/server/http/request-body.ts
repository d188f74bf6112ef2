import "server-only";
import { formatBytes } from "@/domain/text";
import { UserError } from "./user-error";

/** What a refused body is told: too large for `limit` (formatted), or not UTF-8 text. */
export interface BodyRefusals {
  tooLarge: (limit: string) => string;
  notText: string;
}

const IMPORT_REFUSALS: BodyRefusals = {
  tooLarge: (limit) =>
    `This file is larger than ${limit}, the most Tracker imports. Nothing was imported.`,
  notText: "This file is not UTF-8 text, so it cannot be a Tracker export. Nothing was imported.",
};

/**
 * The request body as UTF-8 text, refused (413) past `limit` bytes without reading the rest,
 * and refused (400) when it is not UTF-8 text at all.
 */
export async function readLimitedText(
  request: Request,
  limit: number,
  refusals: BodyRefusals = IMPORT_REFUSALS,
): Promise<string> {
  const tooLarge = () => new UserError(refusals.tooLarge(formatBytes(limit)), 413);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new UserError(refusals.notText, 400);
  }
}
