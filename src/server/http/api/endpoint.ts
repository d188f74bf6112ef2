import type { z } from "zod";
import type { Db } from "../../db/rows";
import type { ApiAccess } from "./credentials";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What the OpenAPI document says of an endpoint: everything but its handler. */
export interface EndpointDescription {
  method: HttpMethod;
  /** Under /api/v1, with OpenAPI's braces: "/weight/{date}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Read: any token. Write: a read and write token (or the session). */
  access: ApiAccess;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** 200 unless said (201: created). */
  status?: 200 | 201;
  /** POST only: an Idempotency-Key makes a resent request store once and answer the same. */
  idempotent?: boolean;
  /**
   * The refusals of its service (404 unknown, 409 stale, 422 a rule); those its declaration
   * implies (400, 401, 403, 413, 415, 429, 503) are added by `errorStatuses`.
   */
  errors: ReadonlyArray<404 | 409 | 422>;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface EndpointInput<P, Q, B> {
  db: Db;
  now: Date;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

export interface Endpoint<
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
> extends EndpointDescription {
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  handle(input: EndpointInput<P, Q, B>): Promise<z.input<R>>;
}

/** Declares an endpoint: the schemas its route validates with are the ones its document shows. */
export function endpoint<
  R extends z.ZodType,
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(spec: Endpoint<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return spec;
}
