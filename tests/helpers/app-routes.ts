import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  /** A concrete URL path for the route, with sample values for dynamic segments. */
  path: string;
  /** The path as OpenAPI writes it: dynamic segments in braces ("/api/v1/weight/{date}"). */
  template: string;
  kind: "page" | "api";
  file: string;
}

function toTemplateSegment(segment: string): string | null {
  if (/^\(.*\)$/.test(segment)) return null;
  const dynamic = /^\[\[?(?:\.\.\.)?(.+?)\]\]?$/.exec(segment);
  return dynamic ? `{${dynamic[1]}}` : segment;
}

const APP_DIR = path.join(__dirname, "../../src/app");

function toUrlSegment(segment: string): string | null {
  if (/^\(.*\)$/.test(segment)) return null; // route group: not in the URL
  if (/^\[\[?\.\.\..+\]\]?$/.test(segment)) return "sample"; // catch-all
  if (/^\[.+\]$/.test(segment)) return "1"; // dynamic segment
  return segment;
}

/** Every page and route handler under src/app, so a new route is covered by the tests at once. */
export function listAppRoutes(
  dir = APP_DIR,
  segments: string[] = [],
  templates: string[] = [],
): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry.startsWith("_")) continue; // private folder
      const segment = toUrlSegment(entry);
      const template = toTemplateSegment(entry);
      routes.push(
        ...listAppRoutes(
          full,
          segment ? [...segments, segment] : segments,
          template ? [...templates, template] : templates,
        ),
      );
      continue;
    }
    const match = /^(page|route)\.(tsx?|jsx?)$/.exec(entry);
    if (!match) continue;
    const urlPath = `/${segments.join("/")}`;
    const template = `/${templates.join("/")}`;
    routes.push({
      path: urlPath,
      template,
      kind: match[1] === "page" ? "page" : "api",
      file: full,
    });
  }
  return routes;
}

/** Routes anyone may open: login, first-run setup, health, and next-auth's own endpoints. */
export function isPublicRoute(urlPath: string): boolean {
  return ["/login", "/setup", "/api/health"].includes(urlPath) || urlPath.startsWith("/api/auth/");
}
