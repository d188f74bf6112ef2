import type { Metadata } from "next";
import { requireOwner } from "@/server/auth/session";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  await requireOwner();
  return (
    <>
      <h1>Today</h1>
      <p className="muted">Nothing to do yet. Add a habit or task on the Tasks page.</p>
    </>
  );
}
