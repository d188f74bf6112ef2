import type { Metadata } from "next";
import { NotFoundView } from "@/components/errors/not-found-view";
import { requestedPath } from "@/server/http/requested-path";

export const metadata: Metadata = { title: "Not found" };

/** Any address no route matches, outside the app shell. */
export default async function RootNotFound() {
  return (
    <main className="auth-page">
      <NotFoundView path={await requestedPath()} />
    </main>
  );
}
