import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import type { EndpointDescription } from "@/server/http/api/endpoint";
import { openApiDocument } from "@/server/http/api/v1/openapi-endpoint";
import { listApiV1Routes } from "../../../helpers/api-v1";
import { documentOperations } from "../../../helpers/openapi-check";

const doc = openApiDocument();
const routes = listApiV1Routes();

type Operation = { operationId: string; parameters: Array<{ name: string; in: string }> };

function operation(path: string, method: string): Operation {
  return (doc.paths[path] as Record<string, Operation>)[method.toLowerCase()] as Operation;
}

/** Every JSON `$ref` string in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe("the /api/v1 routes and the OpenAPI document", () => {
  it("have the same paths and methods: neither has one the other lacks", () => {
    const fromRoutes = routes.flatMap((route) => route.methods.map((m) => `${m} ${route.path}`));
    expect(fromRoutes.length).toBeGreaterThan(25);
    expect([...fromRoutes].sort()).toEqual(documentOperations(doc).sort());
  });

  it("serve every route through its endpoint declaration, for the same method and path", async () => {
    for (const route of routes) {
      const source = readFileSync(route.file, "utf8");
      const imports = /from "(@\/server\/http\/api\/v1\/[\w-]+)"/g;
      const declarations: Record<string, EndpointDescription> = {};
      for (const [, specifier] of source.matchAll(imports)) {
        Object.assign(declarations, await import(specifier ?? ""));
      }
      const exported = [...source.matchAll(/^export const (.+?) =/gm)].map((found) => found[1]);
      expect(exported).toEqual(["dynamic", "{ GET, POST, PUT, PATCH, DELETE }"]);
      expect(source).toContain('export const dynamic = "force-dynamic";');
      expect(route.methods.length).toBeGreaterThan(0);
      for (const method of route.methods) {
        const declaration = declarations[route.served[method] ?? ""];
        expect({ method, path: route.path }).toEqual({
          method: declaration?.method,
          path: declaration?.path,
        });
      }
    }
  });

  it("is OpenAPI 3.1 whose references resolve and whose schemas compile", () => {
    expect(doc.openapi).toBe("3.1.0");
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs)
      expect({ ref, found: resolve(ref) !== undefined }).toEqual({ ref, found: true });
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ ...(doc as object), $id: "doc" });
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.compile({ $ref: `doc#/components/schemas/${name}` })).not.toThrow();
    }
  });

  it("are all listed in docs/api.md, with their methods", () => {
    const guide = readFileSync(path.join(__dirname, "../../../../docs/api.md"), "utf8");
    for (const route of routes) {
      const row = guide.split("\n").find((line) => line.includes(`| \`${route.path}\``));
      expect({ path: route.path, methods: row?.split("|")[1]?.trim() }).toEqual({
        path: route.path,
        methods: route.methods.join(", "),
      });
    }
  });

  it("names every operation once and declares every path parameter", () => {
    const ids = routes.flatMap((route) =>
      route.methods.map((m) => operation(route.path, m).operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const route of routes) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((found) => found[1]);
      for (const method of route.methods) {
        const declared = operation(route.path, method)
          .parameters.filter((parameter) => parameter.in === "path")
          .map((parameter) => parameter.name);
        expect(declared).toEqual(names);
      }
    }
  });
});
