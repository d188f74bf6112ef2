"use client";

import { ErrorView, type ErrorBoundaryProps } from "@/components/errors/error-view";
import "./globals.css";

/** The last resort, when the root layout itself failed: it renders its own document. */
export default function GlobalError({ error }: ErrorBoundaryProps) {
  return (
    <html lang="en">
      <body>
        <main className="auth-page">
          <ErrorView digest={error.digest} onRetry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
