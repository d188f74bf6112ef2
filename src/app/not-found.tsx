import type { Metadata } from "next";
import { NotFoundView } from "@/components/errors/not-found-view";
import { MAIN_ID } from "@/components/shell/skip-link";
import { requestedPath } from "@/server/http/requested-path";

export const metadata: Metadata = { title: "Not found" };

/** Any address no route matches, outside the app shell. */
export default async function RootNotFound() {
  return (
    <main className="auth-page" id={MAIN_ID} tabIndex={-1}>
      <NotFoundView path={await requestedPath()} />
    </main>
  );
}
