import type { DataSource } from "typeorm";
import { createApiToken } from "@/server/services/api/api-tokens";
import type { ApiTokenScope } from "@/schemas/api-token";
import { callApi, resolveApiRoute, type ApiCall, type ApiMethod } from "./api-v1";
import { responseChecker } from "./openapi-check";

export interface ApiAnswer<Body> {
  status: number;
  headers: Headers;
  /** The parsed JSON, typed as the caller expects it (the document check has passed). */
  body: Body;
}

/** A token of `scope`, created through the service as Settings does. */
export async function newToken(db: DataSource, scope: ApiTokenScope = "write"): Promise<string> {
  const created = await createApiToken(
    db,
    { name: `test ${scope}`, scope, expiresInDays: "never" },
    new Date(),
  );
  return created.token;
}

/**
 * Calls the API in process and checks every answer against the OpenAPI document; `answered`
 * collects "METHOD /path status" of each call, so a test can require every operation tried.
 */
export function apiSession() {
  const check = responseChecker();
  const answered = new Set<string>();
  return {
    answered,
    async call<Body = unknown>(
      method: ApiMethod,
      url: string,
      call: ApiCall = {},
    ): Promise<ApiAnswer<Body>> {
      const response = await callApi(method, url, call);
      const text = await response.text();
      const body: unknown = text === "" ? null : JSON.parse(text);
      const template = resolveApiRoute(url.split("?")[0] ?? url)?.route.path ?? url;
      const problems = check(method, template, response.status, body);
      if (problems.length) throw new Error(problems.join("\n"));
      answered.add(`${method} ${template} ${response.status}`);
      return { status: response.status, headers: response.headers, body: body as Body };
    },
  };
}
