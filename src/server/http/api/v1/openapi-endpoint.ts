import { z } from "zod";
import { endpoint } from "../endpoint";
import { buildOpenApiDocument } from "../openapi";
import { API_V1_ENDPOINTS } from "./index";

const openApiDocumentSchema = z
  .looseObject({ openapi: z.literal("3.1.0"), paths: z.record(z.string(), z.unknown()) })
  .meta({ id: "OpenApiDocument" });

/** The document describes itself too, so every route has its path in it. */
export const getOpenApi = endpoint({
  method: "GET",
  path: "/openapi.json",
  operationId: "getOpenApi",
  tag: "Meta",
  summary: "This API's OpenAPI 3.1 document",
  access: "read",
  response: openApiDocumentSchema,
  errors: [],
  async handle() {
    return openApiDocument();
  },
});

let built: ReturnType<typeof buildOpenApiDocument> | undefined;

/** Built once per process: it depends only on the code. */
export function openApiDocument() {
  built ??= buildOpenApiDocument([...API_V1_ENDPOINTS, getOpenApi]);
  return built;
}
