import { MAX_IMPORT_BYTES } from "@/domain/data/import";
import { importRequestSchema } from "@/schemas/data-export";
import { issuesMessage } from "@/schemas/form-state";
import { readBackup } from "@/server/backups/backup-files";
import { localBackupDir, requireLocalBackupDir, takeBackup } from "@/server/backups/local-backups";
import { getConfig } from "@/server/config";
import { ndjsonResponse } from "@/server/http/ndjson";
import { ownerMethodNotAllowed, ownerRoute } from "@/server/http/owner-route";
import { readLimitedText } from "@/server/http/request-body";
import { jsonError } from "@/server/http/route";
import { UserError } from "@/server/http/user-error";
import { logger } from "@/server/log";
import { getRequestScope } from "@/server/request-scope";
import { writeImport } from "@/server/services/data/import";
import { RejectedRowsError, parseExportDocument } from "@/server/services/data/parse-document";

export const dynamic = "force-dynamic";

async function sourceText(request: Request, backup: string | undefined): Promise<string> {
  if (backup === undefined) return readLimitedText(request, MAX_IMPORT_BYTES);
  return readBackup(requireLocalBackupDir(getConfig()), backup);
}

/**
 * Settings > Data > Import (and Restore a backup): the file is checked whole first (4xx with
 * every reason, nothing written), then written in one transaction while progress lines stream.
 */
export const POST = ownerRoute("data.import", async (request) => {
  const query = importRequestSchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success) return jsonError(422, issuesMessage(query.error));
  const { mode, backup } = query.data;
  let doc;
  try {
    doc = parseExportDocument(await sourceText(request, backup));
  } catch (error) {
    if (error instanceof RejectedRowsError) {
      return jsonError(error.status, error.message, { rejected: error.rejected });
    }
    throw error;
  }
  const { db, now } = await getRequestScope();
  const dir = localBackupDir(getConfig());
  const safety = mode === "replace" && dir ? await takeBackup(db, dir, "pre-import", now) : null;
  return ndjsonResponse(async (send) => {
    let lastPercent = -1;
    try {
      const report = await writeImport(
        db,
        doc,
        {
          mode,
          onProgress: ({ done, total }) => {
            const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
            if (percent === lastPercent) return;
            lastPercent = percent;
            send({ type: "progress", done, total });
          },
        },
        now,
      );
      send({ type: "report", report, backup: safety?.name ?? null });
    } catch (error) {
      if (error instanceof UserError) {
        const rejected = error instanceof RejectedRowsError ? error.rejected : [];
        send({ type: "error", status: error.status, message: error.message, rejected });
        return;
      }
      logger.error({ route: "data.import", err: error }, "import failed");
      send({
        type: "error",
        status: 500,
        message: "Something went wrong on our side; nothing was imported.",
      });
    }
  });
});

export const GET = ownerMethodNotAllowed("data.import", "POST");
