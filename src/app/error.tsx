"use client";

import type { ErrorBoundaryProps } from "@/components/errors/error-view";
import { RouteError } from "@/components/errors/route-error";
import { MAIN_ID } from "@/components/shell/skip-link";

/** Errors outside the app shell (login, setup) or in its layout. */
export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main className="auth-page" id={MAIN_ID} tabIndex={-1}>
      <RouteError {...props} />
    </main>
  );
}
