import { z } from "zod";
import { exportCsvZip } from "@/server/services/data/csv-export";
import { exportData, exportDocumentText } from "@/server/services/data/export";
import { ownerMethodNotAllowed, ownerRoute } from "@/server/http/owner-route";
import { jsonError } from "@/server/http/route";
import { getRequestScope } from "@/server/request-scope";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(["json", "csv"]);

function attachment(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: { "content-type": type, "content-disposition": `attachment; filename="${name}"` },
  });
}

/** Settings > Data > Download: everything, as the JSON document or as CSV files in a zip. */
export const GET = ownerRoute("data.export", async (request) => {
  const format = formatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? "json");
  if (!format.success) return jsonError(400, "Choose json or csv as the format.");
  const { db, now } = await getRequestScope();
  const doc = await exportData(db, now);
  const stamp = now.toISOString().slice(0, 10);
  if (format.data === "csv") {
    return attachment(
      Buffer.from(exportCsvZip(doc)),
      "application/zip",
      `tracker-${stamp}-csv.zip`,
    );
  }
  return attachment(
    exportDocumentText(doc),
    "application/json; charset=utf-8",
    `tracker-${stamp}.json`,
  );
});

export const POST = ownerMethodNotAllowed("data.export", "GET");
