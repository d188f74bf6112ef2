import Ajv2020 from "ajv/dist/2020";
import { openApiDocument } from "@/server/http/api/v1/openapi-endpoint";

type Json = Record<string, unknown>;
const DOC_ID = "tracker-openapi";

/** A JSON pointer segment: "/" and "~" escaped. */
function pointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

/** Every operation of the document as "METHOD /path". */
export function documentOperations(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/**
 * Checks real answers against the document: the operation must list the status, and the body
 * must match that response's JSON Schema (followed through `$ref`s, as a client would).
 */
export function responseChecker(doc: OpenApiDocument = openApiDocument()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...(doc as unknown as Json), $id: DOC_ID });
  return (method: string, path: string, status: number, body: unknown): string[] => {
    const operation = (doc.paths[path] as Json | undefined)?.[method.toLowerCase()] as
      { responses: Record<string, Json> } | undefined;
    if (!operation) {
      // A method the route does not serve: refused (405, or 401 first) in the error shape.
      if (status !== 405 && status !== 401) return [`The document has no ${method} ${path}.`];
      const validateError = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/Error` });
      return validateError(body) ? [] : [`${method} ${path} ${status}: not the error shape`];
    }
    const response = operation.responses[String(status)];
    if (!response) return [`${method} ${path} does not document status ${status}.`];
    const base =
      typeof response.$ref === "string"
        ? response.$ref
        : `#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}`;
    const validate = ajv.compile({ $ref: `${DOC_ID}${base}/content/application~1json/schema` });
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (error) => `${method} ${path} ${status}: ${error.instancePath || "/"} ${error.message ?? ""}`,
    );
  };
}
