import { headers } from "next/headers";
import { REQUEST_PATH_HEADER } from "../auth/session-cookies";

/** For not-found pages: the path that was asked for, or null when the middleware did not run. */
export async function requestedPath(): Promise<string | null> {
  const asked = (await headers()).get(REQUEST_PATH_HEADER);
  return asked === null ? null : (asked.split("?")[0] ?? asked);
}
