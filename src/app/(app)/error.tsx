"use client";

import type { ErrorBoundaryProps } from "@/components/errors/error-view";
import { RouteError } from "@/components/errors/route-error";

/** An error inside a page keeps the app's navigation around it and offers a retry. */
export default function AppError(props: ErrorBoundaryProps) {
  return <RouteError {...props} />;
}
