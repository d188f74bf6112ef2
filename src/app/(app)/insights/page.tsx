import type { Metadata } from "next";
import { InsightsView } from "@/components/insights/insights-view";
import { requireOwner } from "@/server/auth/session";
import { getRequestLocale } from "@/server/http/request-locale";
import { getRequestScope } from "@/server/request-scope";
import { getInsights } from "@/server/services/insights/insights";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage() {
  await requireOwner();
  const { db, now } = await getRequestScope();
  const insights = await getInsights(db, now);
  return (
    <>
      <h1>Insights</h1>
      <InsightsView insights={insights} locale={await getRequestLocale()} />
    </>
  );
}
