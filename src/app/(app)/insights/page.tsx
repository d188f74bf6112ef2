import type { Metadata } from "next";
import { requireOwner } from "@/server/auth/session";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage() {
  await requireOwner();
  return (
    <>
      <h1>Insights</h1>
      <p className="muted">Coming soon.</p>
    </>
  );
}
