import type { Metadata } from "next";
import { requireOwner } from "@/server/auth/session";

export const metadata: Metadata = { title: "Weight" };

export default async function WeightPage() {
  await requireOwner();
  return (
    <>
      <h1>Weight</h1>
      <p className="muted">Coming soon.</p>
    </>
  );
}
