import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getConfig } from "../config";
import { databaseOutage } from "../db/unavailable";
import { logger } from "../log";
import { UserError } from "./user-error";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function jsonError(status: number, message: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error: message, ...extra }, { status });
}

/** How a route answers a refusal or failure: a status, a sentence, and headers to send. */
export type ErrorResponder = (
  status: number,
  message: string,
  detail?: { headers?: Record<string, string> },
) => Response;

const plainErrorResponse: ErrorResponder = (status, message, detail) =>
  NextResponse.json({ error: message }, { status, headers: detail?.headers });

/**
 * Logs one JSON line per request (id, route, duration, status), maps UserError to 4xx and a
 * database that cannot be reached to 503.
 */
export function withRequestLog<C>(
  route: string,
  handler: Handler<C>,
  respondError: ErrorResponder = plainErrorResponse,
): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    let status = 500;
    try {
      const response = await handler(request, context);
      status = response.status;
      return response;
    } catch (error) {
      if (error instanceof UserError) {
        status = error.status;
        return respondError(error.status, error.message);
      }
      const outage = databaseOutage(error);
      if (outage) {
        status = 503;
        logger.warn({ requestId, route, err: error }, "request failed: database unavailable");
        return respondError(status, outage, { headers: { "Retry-After": "5" } });
      }
      logger.error({ requestId, route, err: error }, "request failed");
      return respondError(500, "Something went wrong on our side; nothing was changed.");
    } finally {
      if (getConfig().TRACKER_REQUEST_LOG === "handlers") {
        const durationMs = Math.round(performance.now() - started);
        logger.info({ requestId, route, method: request.method, status, durationMs }, "request");
      }
    }
  };
}
