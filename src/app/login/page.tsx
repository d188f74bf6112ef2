import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth/login-form";
import { MAIN_ID } from "@/components/shell/skip-link";
import { safeCallbackPath } from "@/domain/auth/callback-path";
import { parseSignOutReason, signOutMessage } from "@/domain/auth/sign-out-reason";
import { getOwnerSession } from "@/server/auth/session";
import { getRequestScope } from "@/server/request-scope";
import { ownerExists } from "@/server/services/owner-store";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  if (await getOwnerSession()) redirect(safeCallbackPath(first(params.callbackUrl)));
  const hasOwner = await ownerExists((await getRequestScope()).db);
  const notice = signOutMessage(parseSignOutReason(first(params.reason)));
  return (
    <main className="auth-page" id={MAIN_ID} tabIndex={-1}>
      <section className="card stack">
        <h1>Sign in to Tracker</h1>
        {notice && hasOwner && (
          <p className="form-message" role="status">
            {notice}
          </p>
        )}
        {hasOwner ? (
          <Suspense>
            <LoginForm />
          </Suspense>
        ) : (
          <p>
            No owner account exists yet. Open the setup link that <code>npm start</code> printed (in
            the cloud: see docs/deploy.md).
          </p>
        )}
      </section>
    </main>
  );
}
