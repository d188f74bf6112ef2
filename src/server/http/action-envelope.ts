/**
 * The envelope of a server-action request, checked in the middleware before Next decodes it.
 * Next answers 500 to a body it cannot decode (over its 1 MB limit, broken multipart, invalid
 * JSON, a reference React's reply decoder rejects); a client sent that, so it gets a 4xx with a
 * sentence instead. Edge-safe: no Node modules. The app's own pages send only what passes:
 * fetch actions post JSON (`text/plain`) or multipart whose root field "0" is a JSON array;
 * forms without JavaScript post multipart or URL-encoded fields.
 */

import { isValidRouterState, ROUTER_STATE_HEADER } from "./router-state";

/** Next's default `serverActions.bodySizeLimit` (next.config.js does not change it). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export interface EnvelopeProblem {
  status: 400 | 403 | 413 | 415;
  message: string;
}

const TOO_LARGE: EnvelopeProblem = {
  status: 413,
  message: "This request is larger than 1 MB, more than any form of the app sends.",
};
const MALFORMED: EnvelopeProblem = {
  status: 400,
  message: "This request could not be read: it is not one the app's pages send.",
};

/**
 * Strings React's reply decoder turns into plain values without reading other parts of the
 * body: an escaped "$", undefined, NaN, ±Infinity, -0, a date, and (in multipart) form data.
 * Anything else after a "$" (chunk, promise, server and temporary references, maps, sets,
 * streams, typed arrays, big integers) is never sent by the app's pages and can make it throw.
 */
const PLAIN_REFERENCE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|K[0-9a-f]{1,8}$)/;

/** Every string in a parsed JSON value is plain data or an allowed reference (no recursion). */
function onlyPlainReferences(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_REFERENCE.test(value)) return false;
    } else if (Array.isArray(value)) {
      pending.push(...(value as unknown[]));
    } else if (value !== null && typeof value === "object") {
      pending.push(...Object.values(value));
    }
  }
  return true;
}

/** The arguments' JSON: an array (the action's arguments) of plain data. */
function isArgumentsJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && onlyPlainReferences(value);
  } catch {
    return false;
  }
}

function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function multipartProblem(body: ArrayBuffer, contentType: string, fetchAction: boolean) {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return MALFORMED;
  }
  if (!fetchAction) return null;
  const root = form.get("0");
  return typeof root === "string" && isArgumentsJson(root) ? null : MALFORMED;
}

const CROSS_SITE: EnvelopeProblem = {
  status: 403,
  message: "This request came from another site, so it was refused.",
};

/**
 * Next refuses an action whose Origin is not the host it was posted to (X-Forwarded-Host first,
 * which the launcher keeps only from trusted proxies), but with a 500; the same test here
 * answers 403. Without an Origin header Next lets it through, and so does this.
 */
function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A POST that Next will treat as a server action: its id header, or a form posted to a page. */
function isActionRequest(request: Request, pathname: string): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  return !pathname.startsWith("/api/");
}

/** What is wrong with a server-action request's envelope, or null when Next can decode it. */
async function actionEnvelopeProblem(request: Request): Promise<EnvelopeProblem | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT_BYTES) return TOO_LARGE;
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const fetchAction = request.headers.has("next-action");
  const body = await request.arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return TOO_LARGE;
  if (mediaType === "multipart/form-data") return multipartProblem(body, contentType, fetchAction);
  const text = decodeUtf8(body);
  if (text === null) return MALFORMED;
  // A form without JavaScript posts multipart (React sets the form's encoding); only a fetch
  // action carries an id header, and it posts JSON.
  if (mediaType === "application/x-www-form-urlencoded" && !fetchAction) return null;
  if (fetchAction && (mediaType === "text/plain" || mediaType === "")) {
    return isArgumentsJson(text) ? null : MALFORMED;
  }
  return {
    status: 415,
    message: "This request's content type is not one the app's forms send.",
  };
}

/**
 * What Next could not decode in this request (its router-state header; a server action's
 * body), or null. Reads the body of server-action requests only.
 */
export async function requestEnvelopeProblem(
  request: Request,
  pathname: string,
): Promise<EnvelopeProblem | null> {
  if (!isValidRouterState(request.headers.get(ROUTER_STATE_HEADER))) return MALFORMED;
  if (!isActionRequest(request, pathname)) return null;
  return isCrossSite(request) ? CROSS_SITE : actionEnvelopeProblem(request);
}
