"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ErrorView, type ErrorBoundaryProps } from "./error-view";

/** A route's error boundary: "Try again" fetches the page from the server and shows it. */
export function RouteError({ error, reset }: ErrorBoundaryProps) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  const retry = () =>
    startRetry(() => {
      router.refresh();
      reset();
    });
  return <ErrorView digest={error.digest} onRetry={retry} retrying={retrying} />;
}
