import { headers } from "next/headers";
import { PATH_HEADER } from "./path-header";

/** For not-found pages: the path that was asked for, or null when the middleware did not run. */
export async function requestedPath(): Promise<string | null> {
  return (await headers()).get(PATH_HEADER);
}
