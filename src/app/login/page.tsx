import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth/login-form";
import { MAIN_ID } from "@/components/shell/skip-link";
import { getOwnerSession } from "@/server/auth/session";
import { getRequestScope } from "@/server/request-scope";
import { ownerExists } from "@/server/services/owner-store";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await getOwnerSession()) redirect("/");
  const hasOwner = await ownerExists((await getRequestScope()).db);
  return (
    <main className="auth-page" id={MAIN_ID} tabIndex={-1}>
      <section className="card stack">
        <h1>Sign in to Tracker</h1>
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
