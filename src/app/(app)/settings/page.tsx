import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireOwner } from "@/server/auth/session";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireOwner();
  return (
    <>
      <h1>Settings</h1>
      <section className="card stack" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <h2>Session</h2>
      <SignOutButton />
    </>
  );
}
