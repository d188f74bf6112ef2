"use client";

import type { ErrorBoundaryProps } from "@/components/errors/error-view";
import { RouteError } from "@/components/errors/route-error";

/** Errors outside the app shell (login, setup) or in its layout. */
export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main className="auth-page">
      <RouteError {...props} />
    </main>
  );
}
