import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { MAIN_ID } from "@/components/shell/skip-link";
import { getRequestScope } from "@/server/request-scope";
import { isSetupNeeded } from "@/server/services/setup";
import { setupAction } from "./actions";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  if (!(await isSetupNeeded((await getRequestScope()).db))) redirect("/login");
  const { token } = await searchParams;
  return (
    <main className="auth-page" id={MAIN_ID} tabIndex={-1}>
      <section className="card stack">
        <h1>Welcome to Tracker</h1>
        <p className="muted">Choose the password that protects your data. You are the only user.</p>
        <SetupForm token={typeof token === "string" ? token : ""} action={setupAction} />
      </section>
    </main>
  );
}
