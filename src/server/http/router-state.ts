/**
 * The `Next-Router-State-Tree` header the client router sends with navigations and actions.
 * Next answers 500 when it cannot parse it; the middleware checks it first against the same
 * shape as Next's own schema (app-render/types.ts, `flightRouterStateSchema`), without
 * recursion, so a client's mangled header gets a 400 instead. Edge-safe.
 */
export const ROUTER_STATE_HEADER = "next-router-state-tree";
const MAX_LENGTH = 40_000;
const PARAM_TYPES = new Set(["c", "ci", "oc", "d", "di"]);
const REFRESH_MARKERS = new Set(["refetch", "refresh", "inside-shared-layout", "metadata-only"]);

function isSegment(value: unknown): boolean {
  if (typeof value === "string") return true;
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === "string" &&
    typeof value[1] === "string" &&
    PARAM_TYPES.has(value[2] as string)
  );
}

const optional = (value: unknown, check: (present: unknown) => boolean) =>
  value === undefined || value === null || check(value);

/** One node's own fields; returns its children to check next, or null when it is malformed. */
function nodeChildren(node: unknown): unknown[] | null {
  if (!Array.isArray(node) || node.length < 2 || node.length > 5) return null;
  const [segment, children, url, marker, isRoot] = node as unknown[];
  if (!isSegment(segment)) return null;
  if (typeof children !== "object" || children === null || Array.isArray(children)) return null;
  if (!optional(url, (value) => typeof value === "string")) return null;
  if (!optional(marker, (value) => REFRESH_MARKERS.has(value as string))) return null;
  if (isRoot !== undefined && typeof isRoot !== "boolean") return null;
  return Object.values(children);
}

/** Whether Next can parse this header value (absent is fine). */
export function isValidRouterState(header: string | null): boolean {
  if (header === null) return true;
  if (header.length > MAX_LENGTH) return false;
  let pending: unknown[];
  try {
    pending = [JSON.parse(decodeURIComponent(header))];
  } catch {
    return false;
  }
  while (pending.length) {
    const children = nodeChildren(pending.pop());
    if (!children) return false;
    pending.push(...children);
  }
  return true;
}
