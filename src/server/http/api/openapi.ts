import { z } from "zod";
import { MAX_PAGE_SIZE } from "@/schemas/page";
import { apiErrorSchema } from "./api-error";
import type { EndpointDescription } from "./endpoint";
import { API_BODY_LIMIT_BYTES } from "./json-body";

type JsonSchema = Record<string, unknown>;

/**
 * Turns zod schemas into the document's JSON Schemas (OpenAPI 3.1 is JSON Schema 2020-12):
 * schemas with an `id` become shared components, every other one stays inline.
 */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const converted = z.toJSONSchema(schema, { io, unrepresentable: "any" });
    const text = JSON.stringify(converted)
      .replaceAll('"#/$defs/', '"#/components/schemas/')
      // z.number().int() bounds itself to safe integers; that says nothing to a reader.
      .replaceAll(/,?"(minimum|maximum)":-?9007199254740991/g, "")
      .replaceAll('{,"', '{"');
    const { $schema, $defs, ...rest } = JSON.parse(text) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    void $schema;
    Object.assign(this.components, $defs ?? {});
    return rest;
  }
}

const ERROR_MEANINGS: Record<number, string> = {
  400: "The path, query string or body could not be read (see `fields`).",
  401: "No credentials, or a token that is unknown, revoked or expired.",
  403: "A read-only token tried to write, or a write came from another site.",
  404: "There is no such record.",
  409: "The record changed since `baseVersion`, or an Idempotency-Key is still in use.",
  413: `The body is larger than ${API_BODY_LIMIT_BYTES / 1024 / 1024} MiB.`,
  415: "The body is not sent as application/json.",
  422: "A value breaks a rule (see `fields`), or an Idempotency-Key was reused for another request.",
  429: "The token sent too many requests this minute: wait for `Retry-After` seconds.",
  503: "The database cannot be reached: try again after `Retry-After` seconds.",
};

function parametersOf(endpoint: EndpointDescription, collector: SchemaCollector) {
  const parameters: JsonSchema[] = [];
  for (const [where, object] of [
    ["path", endpoint.params],
    ["query", endpoint.query],
  ] as const) {
    for (const [name, schema] of Object.entries(object?.shape ?? {})) {
      const json = collector.convert(schema, "input");
      const { description, ...rest } = json;
      const required = where === "path" || !schema.safeParse(undefined).success;
      parameters.push({ name, in: where, required, description, schema: rest });
    }
  }
  if (endpoint.idempotent) {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: "Any unique string (a UUID): a resent request stores once and answers the same.",
      schema: { type: "string", minLength: 1, maxLength: 200 },
    });
  }
  return parameters;
}

/** The error statuses an endpoint can answer: its own, and those its declaration implies. */
export function errorStatuses(endpoint: EndpointDescription): number[] {
  const statuses = new Set<number>([...endpoint.errors, 401, 429, 503]);
  if (endpoint.params || endpoint.query) statuses.add(400);
  if (endpoint.access === "write") statuses.add(403);
  if (endpoint.body) for (const status of [400, 413, 415, 422]) statuses.add(status);
  if (endpoint.idempotent) for (const status of [400, 409, 422]) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
}

function operationOf(endpoint: EndpointDescription, collector: SchemaCollector) {
  const status = String(endpoint.status ?? 200);
  const errors = errorStatuses(endpoint);
  const responses: Record<string, JsonSchema> = {
    [status]: {
      description: endpoint.status === 201 ? "Created." : "OK.",
      content: { "application/json": { schema: collector.convert(endpoint.response, "output") } },
    },
  };
  for (const code of errors) {
    responses[String(code)] = { $ref: `#/components/responses/Error${code}` };
  }
  const access =
    endpoint.access === "write" ? "Needs a read and write token." : "Any token may call it.";
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: [endpoint.description, access].filter(Boolean).join(" "),
    parameters: parametersOf(endpoint, collector),
    ...(endpoint.body && {
      requestBody: {
        // An empty body counts as {} (readJsonBody), so it is optional when {} is valid.
        required: !endpoint.body.safeParse({}).success,
        content: { "application/json": { schema: collector.convert(endpoint.body, "input") } },
      },
    }),
    responses,
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the schemas the routes validate with. */
export function buildOpenApiDocument(endpoints: readonly EndpointDescription[]) {
  const collector = new SchemaCollector();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint, collector);
  }
  const errorSchema = collector.convert(apiErrorSchema, "output");
  const responses = Object.fromEntries(
    Object.entries(ERROR_MEANINGS).map(([code, description]) => [
      `Error${code}`,
      { description, content: { "application/json": { schema: errorSchema } } },
    ]),
  );
  return {
    openapi: "3.1.0" as const,
    info: {
      title: "Tracker API",
      version: "1",
      description:
        `Tasks, habits, calories, weight, diary and settings of one owner. Lists are pages of at ` +
        `most ${MAX_PAGE_SIZE} items. No CORS: only this site's pages and non-browser clients.`,
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token from Settings > API tokens (trk_…).",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "__Secure-next-auth.session-token",
          description: "The owner's session, as the app's own pages send it.",
        },
      },
      schemas: collector.components,
      responses,
    },
  };
}
