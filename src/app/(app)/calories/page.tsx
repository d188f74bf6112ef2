import type { Metadata } from "next";
import { requireOwner } from "@/server/auth/session";

export const metadata: Metadata = { title: "Calories" };

export default async function CaloriesPage() {
  await requireOwner();
  return (
    <>
      <h1>Calories</h1>
      <p className="muted">Coming soon.</p>
    </>
  );
}
