import "server-only";
import { z } from "zod";
import { getRequestScope } from "../../request-scope";
import { withRequestLog } from "../route";
import { StaleEditError } from "../stale-edit";
import { UserError } from "../user-error";
import { ApiError, apiErrorBody, apiErrorResponse, invalidPart } from "./api-error";
import { authenticateApiRequest } from "./credentials";
import type { Endpoint, HttpMethod } from "./endpoint";
import { answerOnce, type Answer } from "./idempotent-answer";
import { readJsonBody } from "./json-body";

type RouteContext = { params: Promise<Record<string, string>> };

function parsePart<S extends z.ZodObject | undefined>(
  schema: S,
  value: Record<string, string>,
  part: "path" | "query",
) {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidPart(parsed.error, part);
  return parsed.data;
}

/** A service's refusal as the API's error shape (a stale write carries the current version). */
function refusalAnswer(error: unknown): Answer | null {
  if (!(error instanceof UserError)) return null;
  const version = error instanceof StaleEditError ? error.version : undefined;
  const body = apiErrorBody(error.status, error.message, { version });
  return { status: error.status, body: JSON.stringify(body) };
}

type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

/** A v1 route handler: logged, a refusal of the API layer answered in the API's error shape. */
function apiRoute(route: string, handler: RouteHandler): RouteHandler {
  const answering: RouteHandler = async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return apiErrorResponse(error.status, error.message, error.detail);
    }
  };
  return withRequestLog(route, answering, apiErrorResponse);
}

function toResponse(answer: Answer, replayed = false): Response {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (replayed) headers["idempotent-replayed"] = "true";
  return new Response(answer.body, { status: answer.status, headers });
}

/**
 * An endpoint as a route handler: credentials, then path, query and body checked with the
 * endpoint's own schemas, then the service, then the answer checked against the response
 * schema, so what a client gets is what the OpenAPI document says.
 */
export function serve<
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
>(endpoint: Endpoint<P, Q, B, R>) {
  return apiRoute(`api.v1.${endpoint.operationId}`, async (request, context) => {
    const { db, now } = await getRequestScope();
    const principal = await authenticateApiRequest(request, db, endpoint.access, now);
    const params = parsePart(endpoint.params, await context.params, "path");
    const url = new URL(request.url);
    const query = parsePart(endpoint.query, Object.fromEntries(url.searchParams), "query");
    const read = endpoint.body ? await readJsonBody(request, endpoint.body) : undefined;
    const run = async (): Promise<Answer> => {
      try {
        const input = { db, now, params, query, body: read?.value };
        const result = await endpoint.handle(input as Parameters<typeof endpoint.handle>[0]);
        return {
          status: endpoint.status ?? 200,
          body: JSON.stringify(endpoint.response.parse(result)),
        };
      } catch (error) {
        const refusal = refusalAnswer(error);
        if (refusal) return refusal;
        throw error;
      }
    };
    if (!endpoint.idempotent) return toResponse(await run());
    const bodyText = read?.text ?? "";
    const { answer, replayed } = await answerOnce(db, request, principal, bodyText, run);
    return toResponse(answer, replayed);
  });
}

/** Any endpoint, as a route's table of them holds it. */
type AnyEndpoint = Endpoint<
  z.ZodObject | undefined,
  z.ZodObject | undefined,
  z.ZodType | undefined,
  z.ZodType
>;

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * A route file's handlers: each method's endpoint served, and every other method answered
 * 405 in the API's error shape, after the same credential check (nothing is told to a stranger).
 */
export function serveRoute(endpoints: Partial<Record<HttpMethod, AnyEndpoint>>) {
  const allow = METHODS.filter((method) => endpoints[method]).join(", ");
  const refuse = apiRoute("api.v1.methodNotAllowed", async (request) => {
    const { db, now } = await getRequestScope();
    await authenticateApiRequest(request, db, "read", now);
    return apiErrorResponse(405, `Use ${allow} here.`, { headers: { Allow: allow } });
  });
  const handlers = {} as Record<HttpMethod, RouteHandler>;
  for (const method of METHODS) {
    const served = endpoints[method];
    handlers[method] = served ? serve(served) : refuse;
  }
  return handlers;
}
