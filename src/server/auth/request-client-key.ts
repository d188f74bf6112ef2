import "server-only";
import { headers } from "next/headers";
import { getConfig } from "../config";
import { clientKeyFromHeaders } from "./client-key";

/** For server actions: the current request's throttle key (see `clientKeyFromHeaders`). */
export async function requestClientKey(): Promise<string> {
  return clientKeyFromHeaders(await headers(), getConfig().TRACKER_TRUSTED_PROXY_HOPS);
}
