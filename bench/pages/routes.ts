/**
 * What the page benchmark loads: the static floor, /api/health, every page under src/app (found
 * on disk, so a new page is measured at once), Today's "+1"/undo pair and a diary save.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type autocannon from "autocannon";
import { addDays } from "../../src/domain/calendar";
import { isPublicRoute, listAppRoutes } from "../../tests/helpers/app-routes";
import { actionId, TODAY_ROUTER_TREE } from "../../tests/helpers/server-actions";

export type RouteKind = "floor" | "health" | "page" | "action";

export interface BenchRoute {
  label: string;
  kind: RouteKind;
  path: string;
  /** For actions: the sequence each connection repeats. */
  requests?: autocannon.Request[];
}

const ROOT = path.join(__dirname, "../..");
const BUILD = path.join(ROOT, ".next");

/** Sample values for dynamic segments: a real day and the first seeded task. */
function concretePath(urlPath: string, day: string): string {
  return urlPath.replace(/^\/diary\/1$/, `/diary/${day}`);
}

/**
 * A POST of a server action the way the browser sends it, body made per request. The router
 * state is Today's wherever it is posted: these actions revalidate nothing, so none renders.
 */
function actionRequest(path: string, id: string, body: () => unknown[]): autocannon.Request {
  return {
    method: "POST",
    path,
    headers: {
      "next-action": id,
      "next-router-state-tree": TODAY_ROUTER_TREE,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    setupRequest: (request) => ({ ...request, body: JSON.stringify(body()) }),
  };
}

/** The smallest script of the build: the floor measures serving, not bytes. */
function staticChunk(): string {
  const dir = path.join(BUILD, "static/chunks");
  const [chunk] = readdirSync(dir)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file, size: statSync(path.join(dir, file)).size }))
    .sort((a, b) => a.size - b.size);
  if (!chunk) throw new Error("no build: run `npm run build` first");
  return `/_next/static/chunks/${chunk.file}`;
}

export function benchRoutes(day: string): BenchRoute[] {
  const pages = listAppRoutes()
    .filter((route) => route.kind === "page" && !isPublicRoute(route.path))
    .map((route) => concretePath(route.path, day))
    .sort();
  const completions = "app/(app)/tasks/completion-actions.ts";
  const complete = actionId(completions, "completeTaskAction");
  const undo = actionId(completions, "undoCompletionAction");
  const saveDiary = actionId("app/(app)/diary/actions.ts", "saveDiaryAction");
  let saves = 0;
  return [
    { label: "static file (floor)", kind: "floor", path: staticChunk() },
    { label: "/api/health", kind: "health", path: "/api/health" },
    ...pages.map((page): BenchRoute => ({ label: page, kind: "page", path: page })),
    {
      label: "+1 and undo (Today)",
      kind: "action",
      path: "/",
      requests: [
        actionRequest("/", complete, () => [{ taskId: "1", day, requestId: randomUUID() }]),
        actionRequest("/", undo, () => [{ taskId: "1", day }]),
      ],
    },
    {
      label: "diary save",
      kind: "action",
      path: `/diary/${day}`,
      requests: [
        // A diary save names the version it replaces; each one writes a new entry on its own
        // day, long before the seeded history (from 1950 on), so none is a conflict.
        actionRequest(`/diary/${day}`, saveDiary, () => [
          {
            day: addDays("1950-01-01", (saves += 1)),
            content: `Benchmark save ${saves}.`,
            baseVersion: 0,
          },
        ]),
      ],
    },
  ];
}

/** The pages whose cost must not grow with history (10 years against 1). */
export const SCALING_PAGES = ["/", "/weight", "/insights"];
