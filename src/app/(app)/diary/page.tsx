import type { Metadata } from "next";
import { requireOwner } from "@/server/auth/session";

export const metadata: Metadata = { title: "Diary" };

export default async function DiaryPage() {
  await requireOwner();
  return (
    <>
      <h1>Diary</h1>
      <p className="muted">Coming soon.</p>
    </>
  );
}
