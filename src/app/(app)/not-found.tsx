import type { Metadata } from "next";
import { NotFoundView } from "@/components/errors/not-found-view";
import { requestedPath } from "@/server/http/requested-path";

export const metadata: Metadata = { title: "Not found" };

/** A page of the app that called notFound(): an unknown task, a diary day that cannot exist. */
export default async function AppNotFound() {
  return <NotFoundView path={await requestedPath()} />;
}
