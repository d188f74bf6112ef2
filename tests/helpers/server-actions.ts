import { readFileSync } from "node:fs";
import path from "node:path";

const BUILD = path.join(__dirname, "../../.next");

/**
 * A server action's id, read from the manifest of the very build the app serves, by its source
 * file and export name. Ids are hashes that change with the build, so they cannot be
 * hard-coded; the lookup needs no browser and no UI labels, and fails loudly when the action is
 * renamed or moved.
 */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(BUILD, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename === file && entry.exportedName === exportedName)
    .map(([id]) => id);
  if (ids.length !== 1) {
    throw new Error(`expected one server action ${exportedName} in ${file}, found ${ids.length}`);
  }
  return ids[0] ?? "";
}

/** Chromium's `Next-Router-State-Tree` on Today, as it sent it with the "+1" tap. */
export const TODAY_ROUTER_TREE = encodeURIComponent(
  JSON.stringify([
    "",
    { children: ["(app)", { children: ["__PAGE__", {}, null, null] }, null, null] },
    null,
    null,
    true,
  ]),
);

/** Today's "+1" (completeTaskAction) posted as Chromium posts it; the body is the action's result. */
export async function postPlusOne(
  baseUrl: string,
  cookie: string,
  input: { taskId: string; day: string; requestId: string },
): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}/`, {
    method: "POST",
    headers: {
      cookie,
      origin: baseUrl,
      "next-action": actionId("app/(app)/tasks/completion-actions.ts", "completeTaskAction"),
      "next-router-state-tree": TODAY_ROUTER_TREE,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    body: JSON.stringify([input]),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.text() };
}
