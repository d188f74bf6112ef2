import "server-only";
import { formatBytes } from "@/domain/text";
import { UserError } from "./user-error";

function tooLarge(limit: number): UserError {
  return new UserError(
    `This file is larger than ${formatBytes(limit)}, the most Tracker imports. Nothing was imported.`,
    413,
  );
}

/**
 * The request body as UTF-8 text, refused (413) past `limit` bytes without reading the rest,
 * and refused (400) when it is not UTF-8 text at all.
 */
export async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
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
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new UserError(
      "This file is not UTF-8 text, so it cannot be a Tracker export. Nothing was imported.",
      400,
    );
  }
}
