import type { Metadata } from "next";
import { requireOwner } from "@/server/auth/session";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  await requireOwner();
  return (
    <>
      <h1>Tasks</h1>
      <p className="muted">Coming soon.</p>
    </>
  );
}
