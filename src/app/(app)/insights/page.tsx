import type { Metadata } from "next";
import { InsightsView } from "@/components/insights/insights-view";
import { requireOwner } from "@/server/auth/session";
import { getInsights } from "@/server/services/insights/insights";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage() {
  await requireOwner();
  const insights = await getInsights();
  return (
    <>
      <h1>Insights</h1>
      <InsightsView insights={insights} />
    </>
  );
}
